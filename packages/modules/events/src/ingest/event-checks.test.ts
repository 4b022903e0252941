import { describe, expect, it } from 'vitest';
import { checkEventSize, checkJsonValue, optionalText, requireName } from './event-checks.js';
import { MAX_EVENT_BYTES } from './limits.js';

describe('event checks', () => {
  it('names the largest field of an oversized event', () => {
    const event = { event: 'x', properties: { blob: 'a'.repeat(MAX_EVENT_BYTES) }, context: {} };
    expect(() => checkEventSize(event, 'batch[3]')).toThrow('batch[3].properties');
    expect(() => checkEventSize({ event: 'x', properties: { blob: 'a'.repeat(MAX_EVENT_BYTES - 100) } }, 'batch[0]')).not.toThrow();
  });
  it('counts bytes, not characters', () => {
    expect(() => checkEventSize({ p: '好'.repeat(MAX_EVENT_BYTES / 3 + 10) }, 'body')).toThrow('body.p');
  });
  it('refuses deep nesting, NUL and lone surrogates naming the path', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 40; i++) deep = { a: deep };
    expect(() => checkJsonValue(deep, 'body.properties')).toThrow(/body\.properties(\.a)+: is nested deeper/);
    expect(() => checkJsonValue({ list: ['ok', 'x\u0000'] }, 'p')).toThrow('p.list[1]');
    expect(() => checkJsonValue({ s: 'a\ud800b' }, 'p')).toThrow('p.s');
    expect(() => checkJsonValue({ ['k\udc00']: 1 }, 'p')).toThrow('unpaired');
    expect(() => checkJsonValue({ emoji: '😀', zh: '中文' }, 'p')).not.toThrow();
  });
  it('accepts numeric ids as strings and refuses other types', () => {
    expect(optionalText(42, 'userId')).toBe('42');
    expect(optionalText(undefined, 'userId')).toBeUndefined();
    expect(() => optionalText({}, 'userId')).toThrow('userId: must be a string');
    expect(() => optionalText('', 'userId')).toThrow('must not be empty');
    expect(() => optionalText('x'.repeat(201), 'userId')).toThrow('at most 200');
    expect(() => requireName(7, 'event')).toThrow('event: must be a string');
    expect(() => requireName(undefined, 'event')).toThrow('event: is required');
  });
});
