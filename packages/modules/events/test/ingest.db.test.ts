import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import { appendEvents, countEvents, insertEventsOnce, type IngestEvent } from '../src/index.js';

const migrations = fileURLToPath(new URL('../migrations', import.meta.url));
const received = new Date('2026-11-22T02:00:00Z');
const ev = (messageId: string | null, extra: Partial<IngestEvent> = {}): IngestEvent => ({
  name: 'Order Completed',
  messageId,
  occurredAt: new Date('2026-11-22T01:59:00Z'),
  properties: { total: 30, $user_id: 'u1' },
  ...extra,
});

describe.each(testDatabaseKinds())('idempotent ingestion on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind, [migrations]);
  });
  afterAll(async () => db?.close());

  it('stores each (source, messageId) once, across requests and within one', async () => {
    expect(await insertEventsOnce(db, 'ws_a', 'src_1', 'web', received, [ev('m1'), ev('m2'), ev('m1')])).toEqual({ inserted: 2, duplicates: 1 });
    expect(await insertEventsOnce(db, 'ws_a', 'src_1', 'web', received, [ev('m1'), ev('m3')])).toEqual({ inserted: 1, duplicates: 1 });
    expect(await countEvents(db, 'ws_a')).toBe(3);
  });

  it('keys on source and workspace: the same id elsewhere is another event', async () => {
    expect(await insertEventsOnce(db, 'ws_a', 'src_2', 'web', received, [ev('m1')])).toEqual({ inserted: 1, duplicates: 0 });
    expect(await insertEventsOnce(db, 'ws_b', 'src_1', 'web', received, [ev('m1')])).toEqual({ inserted: 1, duplicates: 0 });
  });

  it('keeps events without a message id (not deduplicated)', async () => {
    expect(await insertEventsOnce(db, 'ws_c', 'src_1', 'web', received, [ev(null), ev(null)])).toEqual({ inserted: 2, duplicates: 0 });
  });

  it('writes the columns: names as sent, platform default, received_at, properties (null when empty), order', async () => {
    await insertEventsOnce(db, 'ws_d', 'src_9', 'server', received, [
      ev('a', { name: '$identify', properties: {} }),
      ev('b', { platform: 'weibo', accountId: 'acct_1', properties: { 中文: '好 "q"' } }),
    ]);
    const rows = await db.query<Record<string, any>>(
      `select name, source_id, platform, account_id, properties, occurred_at, received_at from events where workspace_id = 'ws_d' order by seq`,
    );
    expect(rows.map((r) => [r.name, r.source_id, r.platform, r.account_id])).toEqual([
      ['$identify', 'src_9', 'server', null],
      ['Order Completed', 'src_9', 'weibo', 'acct_1'],
    ]);
    expect(rows[0]!.properties).toBeNull();
    expect(rows[1]!.properties).toEqual({ 中文: '好 "q"' });
    expect(rows[1]!.occurred_at.toISOString()).toBe('2026-11-22T01:59:00.000Z');
    expect(rows[1]!.received_at.toISOString()).toBe(received.toISOString());
  });

  it('is permanent: a message loaded by appendEvents is not stored again', async () => {
    await appendEvents(db, 'ws_e', [{ name: 'like', occurredAt: received, sourceId: 'src_1', platform: 'web', messageId: 'x' }]);
    expect(await insertEventsOnce(db, 'ws_e', 'src_1', 'web', received, [ev('x')])).toEqual({ inserted: 0, duplicates: 1 });
  });

  it('writes nothing of a request when one row fails in the database', async () => {
    const bad = ev('z2', { properties: { s: 'bad \ud800' } });
    await expect(insertEventsOnce(db, 'ws_f', 'src_1', 'web', received, [ev('z1'), bad])).rejects.toThrow();
    expect(await countEvents(db, 'ws_f')).toBe(0);
  });
});
