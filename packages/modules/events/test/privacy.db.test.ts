import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import { createSecretBox } from '@resonance/kernel';
import {
  anonymiseEventsOfFans, countEventsOfFans, deleteEventsOfFans, EVENTS_MIGRATIONS_DIR, eventsOfFans, storeEvents, streamEventsOfFans, type IngestEvent,
} from '../src/index.js';

const secrets = createSecretBox([{ id: 'k1', key: randomBytes(32) }]);
const at = new Date('2026-11-20T08:00:00Z');
let n = 0;
const ws = () => `ws_p${++n}`;

const ev = (messageId: string, fanId: string | null, properties: Record<string, unknown>): IngestEvent => ({ name: 'Order Completed', messageId, occurredAt: at, fanId, properties });

describe.each(testDatabaseKinds())('fan events for data-subject requests on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind, [EVENTS_MIGRATIONS_DIR]);
  });
  afterAll(async () => db?.close());

  const store = (w: string, events: IngestEvent[]) =>
    storeEvents({ db, secrets }, w, [{ target: { workspaceId: w, sourceId: 'src_web', platform: 'web' }, events, receivedAt: at }]);

  /** fan_a (and fan_m merged into it) with anonymous id anon-a; fan_b is someone else. */
  async function seed(w: string) {
    const personal = { $user_id: 'uid-5501', $context: { ip: '203.0.113.9', userAgent: 'Mozilla' }, email: 'a@example.cn', $set: { phone: '+8613800138000' } };
    await store(w, [
      ev('m1', 'fan_a', { ...personal, $type: 'track', revenue: 99.5, currency: 'CNY', product_id: 'sku-1', orderId: 'o-778', comment: '送给妈妈' }),
      ev('m2', 'fan_m', { $distinct_id: 'distinct-8812', $lib: 'posthog-js', $traits: { name: '李雷' } }),
      ev('m3', null, { $anonymous_id: 'anon-a', $type: 'page', $context: { page: { url: 'https://shop.example/?email=a@example.cn' } } }),
      ev('m4', null, { $anonymous_id: 'anon-other', $type: 'page' }),
      ev('m5', 'fan_b', { $user_id: 'u-2', revenue: 10 }),
      ev('m6', 'fan_a', {}),
    ]);
  }
  const scope = { fanIds: ['fan_a', 'fan_m'], anonymousIds: ['anon-a'] };

  it('finds the fan\'s events, merged ids and pending anonymous ones, page by page in seq order', async () => {
    const w = ws();
    await seed(w);
    await store(ws(), [ev('m1', 'fan_a', { other: 'workspace' })]);
    expect(await countEventsOfFans(db, w, scope)).toBe(4);
    const first = await eventsOfFans(db, w, scope, { limit: 3 });
    expect(first.items.map((e) => e.messageId)).toEqual(['m1', 'm2', 'm3']);
    expect(first.next).toBe(first.items[2]!.seq);
    const second = await eventsOfFans(db, w, scope, { after: first.next, limit: 3 });
    expect(second).toMatchObject({ next: null });
    expect(second.items.map((e) => e.messageId)).toEqual(['m6']);
    const streamed: string[] = [];
    for await (const page of streamEventsOfFans(db, w, scope, 2)) streamed.push(...page.map((e) => e.messageId!));
    expect(streamed).toEqual(['m1', 'm2', 'm3', 'm6']);
    expect(first.items[0]).toMatchObject({ fanId: 'fan_a', sourceId: 'src_web', platform: 'web', occurredAt: at.toISOString(), properties: { revenue: 99.5 } });
    await expect(eventsOfFans(db, w, scope, { after: 'x' })).rejects.toMatchObject({ status: 400 });
  });

  it('deletes exactly the fan\'s events', async () => {
    const w = ws();
    await seed(w);
    expect(await deleteEventsOfFans(db, w, scope)).toBe(4);
    const left = await db.query<{ message_id: string }>('select message_id from events where workspace_id = $1 order by seq', [w]);
    expect(left.map((r) => r.message_id)).toEqual(['m4', 'm5']);
    expect(await deleteEventsOfFans(db, w, scope)).toBe(0);
  });

  it('anonymises irreversibly: no fan, only allow-listed scalar properties, message ids kept so retries stay duplicates', async () => {
    const w = ws();
    await seed(w);
    expect(await anonymiseEventsOfFans(db, w, scope)).toBe(4);
    const rows = await db.query<{ message_id: string; fan_id: string | null; name: string; properties: Record<string, unknown> }>(
      'select message_id, fan_id, name, properties from events where workspace_id = $1 order by seq',
      [w],
    );
    const byId = Object.fromEntries(rows.map((r) => [r.message_id, r]));
    expect(byId.m1).toMatchObject({ fan_id: null, name: 'Order Completed', properties: { $type: 'track', revenue: 99.5, currency: 'CNY', product_id: 'sku-1', $anonymised: true } });
    expect(Object.keys(byId.m1!.properties).sort()).toEqual(['$anonymised', '$type', 'currency', 'product_id', 'revenue']);
    expect(byId.m2!.properties).toEqual({ $lib: 'posthog-js', $anonymised: true });
    expect(byId.m3!.properties).toEqual({ $type: 'page', $anonymised: true });
    expect(byId.m6!.properties).toEqual({ $anonymised: true });
    const anonymised = JSON.stringify(rows.filter((r) => ['m1', 'm2', 'm3', 'm6'].includes(r.message_id)));
    for (const pii of ['uid-5501', '203.0.113.9', 'a@example.cn', '8613800138000', 'distinct-8812', '李雷', 'anon-a', 'o-778', '送给妈妈', 'fan_a', 'fan_m']) expect(anonymised).not.toContain(pii);
    // someone else's events are untouched
    expect(byId.m4!.properties).toEqual({ $anonymous_id: 'anon-other', $type: 'page' });
    expect(byId.m5).toMatchObject({ fan_id: 'fan_b', properties: { $user_id: 'u-2', revenue: 10 } });
    // nothing matches any more; an SDK retry of the same messages is still a duplicate
    expect(await countEventsOfFans(db, w, scope)).toBe(0);
    expect(await anonymiseEventsOfFans(db, w, scope)).toBe(0);
    const retry = await store(w, [ev('m1', 'fan_a', { $user_id: 'uid-5501', revenue: 99.5 }), ev('m3', null, { $anonymous_id: 'anon-a' })]);
    expect(retry[0]).toMatchObject({ inserted: 0, duplicates: 2 });
    expect(await countEventsOfFans(db, w, scope)).toBe(0);
  });

  it('does nothing for an empty scope', async () => {
    const w = ws();
    await seed(w);
    const none = { fanIds: [], anonymousIds: [] };
    expect(await deleteEventsOfFans(db, w, none)).toBe(0);
    expect(await anonymiseEventsOfFans(db, w, none)).toBe(0);
    expect(await countEventsOfFans(db, w, none)).toBe(0);
  });
});
