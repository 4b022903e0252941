import { describe, expect, it } from 'vitest';
import { parsePosthogPayload } from './posthog.parser.js';

const receivedAt = new Date('2026-11-22T10:00:10Z');

describe('PostHog payloads', () => {
  it('parses {api_key, batch, sent_at} with skew correction and identity fields kept', () => {
    const { bodyKey, items } = parsePosthogPayload(
      {
        api_key: 'wk_ph',
        sent_at: '2026-11-22T09:00:10Z',
        batch: [
          { event: '$identify', distinct_id: 'u1', uuid: 'uu1', timestamp: '2026-11-22T09:00:00Z', properties: { $set: { plan: 'pro' }, $anon_distinct_id: 'anon1' } },
          { event: '$create_alias', distinct_id: 'u1', properties: { alias: 'u1-alt' }, $set_once: { first: 'x' } },
        ],
      },
      receivedAt,
    );
    expect(bodyKey).toBe('wk_ph');
    const [identify, alias] = items.map((i) => (i.ok ? i.event : null));
    expect(identify).toMatchObject({ name: '$identify', messageId: 'uu1', properties: { $distinct_id: 'u1', $set: { plan: 'pro' }, $anon_distinct_id: 'anon1' } });
    expect(identify!.occurredAt.toISOString()).toBe('2026-11-22T10:00:00.000Z');
    expect(identify!.properties!.$original_timestamp).toBe('2026-11-22T09:00:00Z');
    expect(alias).toMatchObject({ name: '$create_alias', properties: { alias: 'u1-alt', $set_once: { first: 'x' } } });
  });

  it('accepts a single event and an array, with the key from the event or its properties.token', () => {
    const single = parsePosthogPayload({ api_key: 'k1', event: 'clicked', distinct_id: 7, offset: 5000 }, receivedAt);
    expect(single.bodyKey).toBe('k1');
    expect(single.items[0]).toMatchObject({ ok: true, event: { name: 'clicked', properties: { $distinct_id: '7' } } });
    expect((single.items[0] as { event: { occurredAt: Date } }).event.occurredAt.toISOString()).toBe('2026-11-22T10:00:05.000Z');
    const array = parsePosthogPayload([{ event: 'a', properties: { distinct_id: 'd', token: 'k2' } }], receivedAt);
    expect(array.bodyKey).toBe('k2');
    expect(array.items[0]!.ok).toBe(true);
  });

  it('rejects events without a name or distinct id, by index', () => {
    const { items } = parsePosthogPayload({ batch: [{ distinct_id: 'x' }, { event: 'e' }, { event: 'e', distinct_id: 'x', offset: -1 }] }, receivedAt);
    expect(items.map((i) => (i.ok ? null : i.rejection.path))).toEqual(['batch[0].event', 'batch[1].distinct_id', 'batch[2].offset']);
    expect(() => parsePosthogPayload({ batch: [] }, receivedAt)).toThrow('at least one');
  });
});
