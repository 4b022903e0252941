import { describe, expect, it } from 'vitest';
import { canonicalJson, toJsonValue } from './canonical-json.js';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[1,{"y":2,"z":1}]},"b":1}');
  });

  it('is the same for values that differ only in key order', () => {
    expect(canonicalJson({ x: 'é', y: null })).toBe(canonicalJson({ y: null, x: 'é' }));
  });

  it('encodes null and undefined as null', () => {
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson([undefined, null])).toBe('[null,null]');
  });
});

describe('toJsonValue', () => {
  it('turns Dates into ISO strings and undefined into null, as jsonb would read back', () => {
    expect(toJsonValue({ at: new Date('2026-01-01T00:00:00Z'), gone: undefined })).toEqual({ at: '2026-01-01T00:00:00.000Z' });
    expect(toJsonValue(undefined)).toBeNull();
  });
});
