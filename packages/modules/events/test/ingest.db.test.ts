import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import { createSecretBox } from '@resonance/kernel';
import { appendEvents, countEvents, storeEvents, type IngestEvent, type ResolveEventFans, type StoreDeps } from '../src/index.js';
import { createIngestWriter } from '../src/ingest/ingest-writer.js';

const migrations = fileURLToPath(new URL('../migrations', import.meta.url));
const received = new Date('2026-11-22T02:00:00Z');
const ev = (messageId: string | null, extra: Partial<IngestEvent> = {}): IngestEvent => ({
  name: 'Order Completed',
  messageId,
  occurredAt: new Date('2026-11-22T01:59:00Z'),
  properties: { total: 30, $user_id: 'u1' },
  ...extra,
});

const secrets = createSecretBox([{ id: 'k1', key: Buffer.alloc(32, 7) }]);
const request = (workspaceId: string, sourceId: string, platform: string, events: IngestEvent[]) => ({
  target: { workspaceId, sourceId, platform },
  events,
  receivedAt: received,
});

describe.each(testDatabaseKinds())('idempotent ingestion on %s', (kind) => {
  let db: TestDatabase;
  const insertEventsOnce = async (workspaceId: string, sourceId: string, platform: string, _at: Date, events: IngestEvent[]) => {
    const [r] = await storeEvents({ db, secrets }, workspaceId, [request(workspaceId, sourceId, platform, events)]);
    return { inserted: r!.inserted, duplicates: r!.duplicates };
  };
  beforeAll(async () => {
    db = await createTestDatabase(kind, [migrations]);
  });
  afterAll(async () => db?.close());

  it('stores each (source, messageId) once, across requests and within one', async () => {
    expect(await insertEventsOnce('ws_a', 'src_1', 'web', received, [ev('m1'), ev('m2'), ev('m1')])).toEqual({ inserted: 2, duplicates: 1 });
    expect(await insertEventsOnce('ws_a', 'src_1', 'web', received, [ev('m1'), ev('m3')])).toEqual({ inserted: 1, duplicates: 1 });
    expect(await countEvents(db, 'ws_a')).toBe(3);
  });

  it('keys on source and workspace: the same id elsewhere is another event', async () => {
    expect(await insertEventsOnce('ws_a', 'src_2', 'web', received, [ev('m1')])).toEqual({ inserted: 1, duplicates: 0 });
    expect(await insertEventsOnce('ws_b', 'src_1', 'web', received, [ev('m1')])).toEqual({ inserted: 1, duplicates: 0 });
  });

  it('keeps events without a message id (not deduplicated)', async () => {
    expect(await insertEventsOnce('ws_c', 'src_1', 'web', received, [ev(null), ev(null)])).toEqual({ inserted: 2, duplicates: 0 });
  });

  it('writes the columns: names as sent, platform default, received_at, properties (null when empty), order', async () => {
    await insertEventsOnce('ws_d', 'src_9', 'server', received, [
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
    expect(await insertEventsOnce('ws_e', 'src_1', 'web', received, [ev('x')])).toEqual({ inserted: 0, duplicates: 1 });
  });

  it('writes nothing of a request when one row fails in the database', async () => {
    const bad = ev('z2', { properties: { s: 'bad \ud800' } });
    await expect(insertEventsOnce('ws_f', 'src_1', 'web', received, [ev('z1'), bad])).rejects.toThrow();
    expect(await countEvents(db, 'ws_f')).toBe(0);
  });

  it('counts a message sent by two requests of one write for the first request only', async () => {
    const results = await storeEvents({ db, secrets }, 'ws_g', [
      request('ws_g', 'src_1', 'web', [ev('g1'), ev('g2')]),
      request('ws_g', 'src_1', 'web', [ev('g2'), ev('g3')]),
    ]);
    expect(results.map((r) => [r.inserted, r.duplicates, r.stored])).toEqual([
      [2, 0, [true, true]],
      [1, 1, [false, true]],
    ]);
    expect(await countEvents(db, 'ws_g')).toBe(3);
  });

  it('sets fan ids from the identity port and gives earlier anonymous events to the fan an identify linked', async () => {
    // A small, strict implementation of the port: external ids are fans; an identify links its anonymous id.
    const links = new Map<string, string>();
    const resolveFans: ResolveEventFans = async (_db, _s, _ws, reqs) =>
      reqs.map((r) => {
        const user = r.identities.find((i) => i.kind === 'external_id');
        const anon = r.identities.find((i) => i.kind === 'anonymous_id');
        if (!user) return { fanId: anon ? (links.get(String(anon.value)) ?? null) : null, linkedAnonymousIds: [] };
        const fanId = `fan_${String(user.value)}`;
        const linked = anon && !links.has(String(anon.value)) ? [String(anon.value)] : [];
        if (anon) links.set(String(anon.value), fanId);
        return { fanId, linkedAnonymousIds: linked };
      });
    const deps: StoreDeps = { db, secrets, resolveFans };
    const anonEvent = (id: string) => ev(id, { properties: { $anonymous_id: 'anon_1' }, who: { identities: [{ kind: 'anonymous_id', value: 'anon_1' }] } });
    await storeEvents(deps, 'ws_h', [request('ws_h', 'src_1', 'web', [anonEvent('h1'), anonEvent('h2')])]);
    const [identify] = await storeEvents(deps, 'ws_h', [
      request('ws_h', 'src_1', 'web', [ev('h3', { who: { identities: [{ kind: 'external_id', value: 'u7' }, { kind: 'anonymous_id', value: 'anon_1' }] } })]),
    ]);
    expect(identify!.fanIds).toEqual(['fan_u7']);
    await storeEvents(deps, 'ws_h', [request('ws_h', 'src_1', 'web', [anonEvent('h4'), ev('h5', { fanId: 'fan_named' })])]);
    const rows = await db.query<{ message_id: string; fan_id: string | null }>(`select message_id, fan_id from events where workspace_id = 'ws_h' order by message_id`);
    expect(rows.map((r) => [r.message_id, r.fan_id])).toEqual([
      ['h1', 'fan_u7'],
      ['h2', 'fan_u7'],
      ['h3', 'fan_u7'],
      ['h4', 'fan_u7'],
      ['h5', 'fan_named'],
    ]);
  });

  it('the writer answers every concurrent request after its rows are committed; a bad request fails alone', async () => {
    const writer = createIngestWriter({ db, secrets });
    const good = Array.from({ length: 20 }, (_, i) => writer.write(request('ws_i', 'src_1', 'web', [ev(`i${i}`), ev(`i${i}b`)])));
    const bad = writer.write(request('ws_i', 'src_1', 'web', [ev('i_bad', { properties: { s: 'bad \ud800' } })]));
    const other = writer.write(request('ws_j', 'src_1', 'web', [ev('j1')]));
    const results = await Promise.all(good);
    expect(results.every((r) => r.inserted === 2)).toBe(true);
    await expect(bad).rejects.toThrow();
    expect((await other).inserted).toBe(1);
    expect(await countEvents(db, 'ws_i')).toBe(40);
    expect(await countEvents(db, 'ws_j')).toBe(1);
    await writer.close();
    await expect(writer.write(request('ws_i', 'src_1', 'web', [ev('late')]))).rejects.toThrow(/closed/);
  });
});
