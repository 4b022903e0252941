import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import { appendEvents, type NewEvent } from '../src/index.js';
import { fanTimeline } from '../src/timeline/timeline.service.js';

const migrations = fileURLToPath(new URL('../migrations', import.meta.url));
const at = (h: number) => new Date(Date.UTC(2026, 10, 1, h));
const W = 'ws_tl';
const ev = (name: string, fanId: string | null, occurredAt: Date, properties: Record<string, unknown> | null = null): NewEvent => ({
  name, fanId, occurredAt, properties, sourceId: 'src_1', platform: 'sandbox', accountId: 'acct_1',
});

describe.each(testDatabaseKinds())('fan event timeline on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind, [migrations]);
    await appendEvents(db, W, [
      ev('like', 'fan_a', at(1)),
      ev('comment', 'fan_a', at(3), { text: '好看' }),
      ev('order', 'fan_b', at(3), { total: 30, $set: { email: 'li.lei@example.com', Phone: '+8613800138000' } }), // same instant as the comment
      ev('like', 'fan_b', at(2)),
      ev('follow', 'fan_c', at(4)), // another fan of the workspace
      ev('like', null, at(5)),
      ev('share', 'fan_a', at(3)), // a third event at 03:00
    ]);
    await appendEvents(db, 'ws_other', [ev('like', 'fan_a', at(6))]);
  });
  afterAll(async () => db?.close());

  it('answers the events of the given fan ids, newest first, ties by seq descending', async () => {
    const page = await fanTimeline(db, W, { fanIds: ['fan_a', 'fan_b'], limit: 50 }, 'owner');
    expect(page.items.map((e) => [e.name, e.fanId, e.occurredAt])).toEqual([
      ['share', 'fan_a', at(3).toISOString()],
      ['order', 'fan_b', at(3).toISOString()],
      ['comment', 'fan_a', at(3).toISOString()],
      ['like', 'fan_b', at(2).toISOString()],
      ['like', 'fan_a', at(1).toISOString()],
    ]);
    expect(page.nextBefore).toBeNull();
    expect(page.items[0]).toMatchObject({ platform: 'sandbox', accountId: 'acct_1', publicationId: null, sourceId: 'src_1', properties: {} });
  });

  it('pages with the before cursor without losing or repeating events across equal times', async () => {
    const all = (await fanTimeline(db, W, { fanIds: ['fan_a', 'fan_b'], limit: 50 }, 'owner')).items.map((e) => e.seq);
    const seen: string[] = [];
    let before: string | undefined;
    for (let i = 0; i < 10; i++) {
      const page = await fanTimeline(db, W, { fanIds: ['fan_a', 'fan_b'], limit: 2, before }, 'owner');
      seen.push(...page.items.map((e) => e.seq));
      if (!page.nextBefore) break;
      before = page.nextBefore;
    }
    expect(seen).toEqual(all);
  });

  it('filters by event name', async () => {
    const likes = await fanTimeline(db, W, { fanIds: ['fan_a', 'fan_b', 'fan_c'], limit: 50, name: 'like' }, 'owner');
    expect(likes.items.map((e) => [e.name, e.fanId])).toEqual([['like', 'fan_b'], ['like', 'fan_a']]);
  });

  it('masks e-mail and phone in properties without fans.pii', async () => {
    const [order] = (await fanTimeline(db, W, { fanIds: ['fan_b'], limit: 1, name: 'order' }, 'analyst')).items;
    expect(order!.properties).toEqual({ total: 30, $set: { email: 'l*****@example.com', Phone: '+86138****8000' } });
    const [clear] = (await fanTimeline(db, W, { fanIds: ['fan_b'], limit: 1, name: 'order' }, 'admin')).items;
    expect(clear!.properties).toEqual({ total: 30, $set: { email: 'li.lei@example.com', Phone: '+8613800138000' } });
  });

  it("never answers another workspace's events and validates its input", async () => {
    const other = await fanTimeline(db, W, { fanIds: ['fan_a'], limit: 50 }, 'owner');
    expect(other.items.every((e) => e.occurredAt !== at(6).toISOString())).toBe(true);
    expect(other.items).toHaveLength(3);
    const otherSeq = (await db.query<{ seq: string }>(`select seq::text as seq from events where workspace_id = 'ws_other'`))[0]!.seq;
    await expect(fanTimeline(db, W, { fanIds: ['fan_a'], limit: 5, before: otherSeq }, 'owner')).rejects.toMatchObject({ status: 400 });
    await expect(fanTimeline(db, W, { fanIds: [], limit: 5 }, 'owner')).rejects.toMatchObject({ status: 400 });
    await expect(fanTimeline(db, W, { fanIds: Array.from({ length: 101 }, (_, i) => `fan_${i}`), limit: 5 }, 'owner')).rejects.toMatchObject({ status: 400 });
    await expect(fanTimeline(db, W, { fanIds: ["fan_a' or 1=1"], limit: 5 }, 'owner')).rejects.toMatchObject({ status: 400 });
  });
});
