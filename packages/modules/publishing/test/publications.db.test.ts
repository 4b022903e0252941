import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import { insertPublications, listPublications, type NewPublication } from '../src/index.js';

const migrations = fileURLToPath(new URL('../migrations', import.meta.url));
const pub = (i: number, accountId = 'acct_1'): NewPublication => ({
  accountId,
  text: `第${i}条 "quoted", text`,
  title: `标题 ${i}`,
  hashtags: ['新品', 'a,"b"'],
  mediaKind: 'image',
  mediaCount: 3,
  funnelStage: 'interest',
  pillar: '产品种草',
  status: 'published',
  idempotencyKey: `k${i}-${accountId}`,
  publishedAt: new Date(Date.UTC(2026, 2, 1 + i)),
});

describe.each(testDatabaseKinds())('publications on %s', (kind) => {
  let db: TestDatabase;
  let ids: string[];
  beforeAll(async () => {
    db = await createTestDatabase(kind, [migrations]);
    ids = await insertPublications(db, 'ws_a', [pub(0), pub(1), pub(2), pub(3, 'acct_2')]);
    await insertPublications(db, 'ws_b', [pub(9)]);
  });
  afterAll(async () => db?.close());

  it('round-trips arrays and text, newest first', async () => {
    const { items, nextCursor } = await listPublications(db, 'ws_a', { limit: 10 });
    expect(items.map((p) => p.id)).toEqual([ids[3], ids[2], ids[1], ids[0]]);
    expect(items[0]!.hashtags).toEqual(['新品', 'a,"b"']);
    expect(items[0]!.text).toBe('第3条 "quoted", text');
    expect(items[0]!.publishedAt).toBe('2026-03-04T00:00:00.000Z');
    expect(nextCursor).toBeNull();
  });

  it('filters by account and [from, to) and pages', async () => {
    expect((await listPublications(db, 'ws_a', { accountId: 'acct_2', limit: 10 })).items.map((p) => p.id)).toEqual([ids[3]]);
    const range = await listPublications(db, 'ws_a', { from: new Date('2026-03-02T00:00:00Z'), to: new Date('2026-03-04T00:00:00Z'), limit: 10 });
    expect(range.items.map((p) => p.id)).toEqual([ids[2], ids[1]]);
    const p1 = await listPublications(db, 'ws_a', { limit: 3 });
    const p2 = await listPublications(db, 'ws_a', { limit: 3, cursor: p1.nextCursor! });
    expect(p2.items.map((p) => p.id)).toEqual([ids[0]]);
    await expect(listPublications(db, 'ws_a', { limit: 3, cursor: 'garbage' })).rejects.toThrow('query.cursor');
  });

  it('keeps workspaces apart and rejects a reused idempotency key or bad input', async () => {
    expect((await listPublications(db, 'ws_b', { limit: 10 })).items).toHaveLength(1);
    await expect(insertPublications(db, 'ws_a', [pub(0)])).rejects.toThrow();
    await expect(insertPublications(db, 'ws_a', [{ ...pub(5), mediaKind: 'gif' as never }])).rejects.toThrow('publications[0].mediaKind');
    await expect(insertPublications(db, 'ws_a', [{ ...pub(5), publishedAt: null }])).rejects.toThrow('publications[0].publishedAt');
  });
});
