import { describe, expect, it } from 'vitest';
import { parseSegmentPayload } from './segment.parser.js';

const receivedAt = new Date('2026-11-22T10:00:10Z');

describe('Segment payloads', () => {
  it('parses a batch with clock-skew correction and keeps the envelope in $ properties', () => {
    const { bodyKey, items } = parseSegmentPayload(
      {
        writeKey: 'wk_x',
        sentAt: '2026-11-22T11:00:05Z',
        batch: [
          { type: 'track', event: 'Order Completed', userId: 'u1', messageId: 'm1', timestamp: '2026-11-22T11:00:00Z', properties: { total: 30, $type: 'spoof' } },
          { type: 'identify', anonymousId: 'a1', messageId: 'm2', traits: { email: 'a@b.c' }, context: { ip: '1.2.3.4' } },
          { type: 'alias', userId: 'u1', previousId: 'a1' },
        ],
      },
      'batch',
      receivedAt,
    );
    expect(bodyKey).toBe('wk_x');
    const [track, identify, alias] = items.map((i) => (i.ok ? i.event : null));
    expect(track!.name).toBe('Order Completed');
    expect(track!.messageId).toBe('m1');
    expect(track!.occurredAt.toISOString()).toBe('2026-11-22T10:00:05.000Z');
    expect(track!.properties).toMatchObject({ total: 30, $type: 'track', $user_id: 'u1', $original_timestamp: '2026-11-22T11:00:00Z', $sent_at: '2026-11-22T11:00:05.000Z' });
    expect(identify).toMatchObject({ name: '$identify', occurredAt: receivedAt, properties: { $anonymous_id: 'a1', $traits: { email: 'a@b.c' }, $context: { ip: '1.2.3.4' } } });
    expect(alias).toMatchObject({ name: '$create_alias', messageId: null, properties: { $user_id: 'u1', $previous_id: 'a1' } });
  });

  it('rejects bad messages by index, naming the field, and keeps the good ones', () => {
    const { items } = parseSegmentPayload(
      {
        batch: [
          { type: 'track', userId: 'u', event: 'ok' },
          { type: 'track', userId: 'u' },
          { type: 'track', event: 'x' },
          { type: 'track', userId: 'u', event: 'x', properties: { big: 'a'.repeat(40_000) } },
          { type: 'nope', userId: 'u' },
          { type: 'track', userId: 'u', event: 'x', timestamp: 'yesterday' },
          { type: 'group', userId: 'u' },
          'string',
        ],
      },
      'batch',
      receivedAt,
    );
    expect(items[0]!.ok).toBe(true);
    expect(items.slice(1).map((i) => (i.ok ? null : i.rejection.path))).toEqual([
      'batch[1].event',
      'batch[2].userId',
      'batch[3].properties',
      'batch[4].type',
      'batch[5].timestamp',
      'batch[6].groupId',
      'batch[7]',
    ]);
    expect(items.every((i, index) => i.ok || i.rejection.index === index)).toBe(true);
  });

  it('applies batch-level context and integrations to every message, the message winning', () => {
    const { items } = parseSegmentPayload(
      { context: { app: 'shop', locale: 'zh-CN' }, integrations: { All: true }, batch: [{ type: 'track', userId: 'u', event: 'a', context: { locale: 'en' } }, { type: 'track', userId: 'u', event: 'b' }] },
      'batch',
      receivedAt,
    );
    const props = items.map((i) => (i.ok ? i.event.properties : null));
    expect(props[0]).toMatchObject({ $context: { app: 'shop', locale: 'en' }, $integrations: { All: true } });
    expect(props[1]).toMatchObject({ $context: { app: 'shop', locale: 'zh-CN' } });
  });

  it('uses the route type for single calls and refuses a malformed envelope outright', () => {
    const { items } = parseSegmentPayload({ userId: 'u', name: 'Home', category: 'Docs', properties: { path: '/' } }, 'page', receivedAt);
    expect(items[0]).toMatchObject({ ok: true, event: { name: '$page', properties: { path: '/', $name: 'Home', $category: 'Docs', $type: 'page' } } });
    expect(() => parseSegmentPayload({ batch: {} }, 'batch', receivedAt)).toThrow('batch: must be an array');
    expect(() => parseSegmentPayload({ batch: [] }, 'batch', receivedAt)).toThrow('at least one');
    expect(() => parseSegmentPayload([], 'batch', receivedAt)).toThrow('body: must be an object');
  });
});
