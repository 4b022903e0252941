import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import { manualClock } from '@resonance/kernel';
import { appendEvents, applyEventRetention, countEvents, deleteEventsOlderThan, EVENTS_MIGRATIONS_DIR, getEventRetention, setEventRetention } from '../src/index.js';

const NOW = new Date('2026-11-23T03:47:00Z');
const daysAgo = (d: number, extraMs = 0) => new Date(NOW.getTime() - d * 86_400_000 + extraMs);

describe.each(testDatabaseKinds())('event retention on %s', (kind) => {
  let db: TestDatabase;
  const clock = manualClock(NOW);
  beforeAll(async () => {
    db = await createTestDatabase(kind, [EVENTS_MIGRATIONS_DIR]);
  });
  afterAll(async () => db?.close());

  const load = (w: string, times: Date[]) =>
    appendEvents(db, w, times.map((occurredAt, i) => ({ name: 'like', occurredAt, sourceId: 'seed', platform: 'sandbox', messageId: `${w}-${i}` })));

  it('stores 1–3650 days or null, and refuses anything else', async () => {
    expect(await getEventRetention(db, 'ws_r0')).toEqual({ retentionDays: null, updatedAt: null, updatedBy: null });
    expect(await setEventRetention(db, 'ws_r0', 30, 'user_1', clock)).toEqual({ retentionDays: 30, updatedAt: NOW, updatedBy: 'user_1' });
    for (const bad of [0, 3651, 1.5, -1]) await expect(setEventRetention(db, 'ws_r0', bad, 'user_1', clock)).rejects.toMatchObject({ status: 400 });
    expect((await setEventRetention(db, 'ws_r0', null, 'user_2', clock)).retentionDays).toBeNull();
  });

  it('the job deletes only events older than each workspace\'s period, never other workspaces\'', async () => {
    await load('ws_r1', [daysAgo(40), daysAgo(31), daysAgo(30, -1000), daysAgo(30, 1000), daysAgo(1)]);
    await load('ws_r2', [daysAgo(400), daysAgo(40)]);
    await load('ws_r3', [daysAgo(3000), daysAgo(40)]);
    await setEventRetention(db, 'ws_r1', 30, 'u', clock);
    await setEventRetention(db, 'ws_r2', 365, 'u', clock);
    await setEventRetention(db, 'ws_r3', null, 'u', clock); // keep forever
    expect(await applyEventRetention({ db, clock })).toEqual({ ws_r1: 3, ws_r2: 1 });
    const left = await db.query<{ workspace_id: string; occurred_at: Date }>(`select workspace_id, occurred_at from events where workspace_id like 'ws_r%' order by workspace_id, occurred_at`);
    expect(left.map((r) => [r.workspace_id, r.occurred_at.toISOString()])).toEqual([
      ['ws_r1', daysAgo(30, 1000).toISOString()],
      ['ws_r1', daysAgo(1).toISOString()],
      ['ws_r2', daysAgo(40).toISOString()],
      ['ws_r3', daysAgo(3000).toISOString()],
      ['ws_r3', daysAgo(40).toISOString()],
    ]);
    expect(await applyEventRetention({ db, clock })).toEqual({});
  });

  it('deletes in chunks until nothing older is left', async () => {
    await load('ws_r4', [...Array.from({ length: 7 }, (_, i) => daysAgo(10 + i)), daysAgo(2)]);
    expect(await deleteEventsOlderThan(db, 'ws_r4', daysAgo(5), 3)).toBe(7);
    expect(await countEvents(db, 'ws_r4')).toBe(1);
  });
});
