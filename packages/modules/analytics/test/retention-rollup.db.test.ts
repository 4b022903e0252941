import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import { createLogger, systemClock } from '@resonance/kernel';
import { forgetFanActivity, refreshRollups } from '../src/index.js';
import { retentionBody } from '../src/retention/retention.schema.js';
import { runRetention } from '../src/retention/retention.service.js';
import { ALIASES, NAMES, freshWorkspace, logArb, storeLog } from './event-log.js';
import { addDays } from './local-dates.js';

const dirs = ['../../events/migrations', '../../fans/migrations', '../migrations'].map((p) => fileURLToPath(new URL(p, import.meta.url)));
const ORIGIN = new Date('2026-03-01T16:00:00Z'); // Monday 2026-03-02 00:00 in Shanghai
const specArb = fc.record({ event: fc.constantFrom(...NAMES) });
const queryArb = fc.record({
  interval: fc.constantFrom('day' as const, 'week' as const, 'month' as const),
  mode: fc.constantFrom('first_time' as const, 'recurring' as const),
  startEvent: specArb,
  returnEvent: fc.oneof(fc.constant('any' as const), specArb),
  periods: fc.integer({ min: 1, max: 6 }),
  fromDay: fc.integer({ min: 0, max: 20 }),
  days: fc.integer({ min: 1, max: 40 }),
  nowDay: fc.integer({ min: 0, max: 120 }),
});

describe.each(testDatabaseKinds())('retention from the fan-days rollup on %s', (kind) => {
  let db: TestDatabase;
  const zones: Record<string, string> = {};
  const refresh = () =>
    refreshRollups({ db, clock: systemClock, logger: createLogger({ test: true }, 'error') }, { workspaceTimeZone: async (_db, ws) => zones[ws] ?? 'Asia/Shanghai' }, { settleSeconds: -1 });
  beforeAll(async () => {
    db = await createTestDatabase(kind, dirs);
  });
  afterAll(async () => db?.close());

  it('property: rebuilt, incrementally refreshed and pending events together answer exactly as the raw events do', async () => {
    const parts = logArb({ origin: ORIGIN, spanDays: 75, gridMinutes: 360 }, 90).chain((log) =>
      fc.tuple(fc.integer({ min: 0, max: log.length }), fc.integer({ min: 0, max: log.length })).map(([a, b]) => [log.slice(0, Math.min(a, b)), log.slice(Math.min(a, b), Math.max(a, b)), log.slice(Math.max(a, b))] as const),
    );
    await fc.assert(
      fc.asyncProperty(parts, queryArb, fc.constantFrom('Asia/Shanghai', 'America/New_York'), async ([first, second, third], qa, tz) => {
        const ws = freshWorkspace('ret-rollup');
        zones[ws] = tz;
        await storeLog(db, ws, first);
        await refresh(); // no rollup yet: rebuilt whole
        await storeLog(db, ws, second);
        await refresh(); // merged into the fan days
        await storeLog(db, ws, third, ALIASES); // pending (read raw), and merges made after the rollup
        const from = addDays('2026-03-02', qa.fromDay);
        const q = retentionBody.parse({ ...qa, range: { from, to: addDays(from, qa.days - 1) } });
        const ctx = { timeZone: tz, now: new Date(ORIGIN.getTime() + qa.nowDay * 86_400_000 + 3_600_000) };
        const raw = await runRetention(db, ws, q, { ...ctx, useRollup: false });
        if (first.length > 0) expect((await db.query('select 1 from analytics_rollup_state where workspace_id = $1 and time_zone = $2', [ws, tz])).length).toBe(1);
        expect(await runRetention(db, ws, q, ctx)).toEqual(raw);
        await refresh();
        expect(await runRetention(db, ws, q, ctx)).toEqual(raw);
      }),
      { numRuns: kind === 'pglite' ? 40 : 40 },
    );
  });

  it('uses the rollup only when it holds the data: fan days of erased fans are gone', async () => {
    const ws = freshWorkspace('ret-erase');
    await storeLog(db, ws, [
      { fan: 'f1', name: 'a', at: new Date('2026-03-02T02:00:00Z'), platform: 'weibo', props: null },
      { fan: 'f1', name: 'b', at: new Date('2026-03-03T02:00:00Z'), platform: 'weibo', props: null },
    ]);
    await refresh();
    const rows = () => db.query<{ n: number }>('select count(*)::int as n from analytics_fan_days where workspace_id = $1', [ws]);
    expect((await rows())[0]!.n).toBe(3); // (f1, a), (f1, b), (f1, any event)
    await forgetFanActivity(db, ws, ['f1']);
    expect((await rows())[0]!.n).toBe(0);
  });
});
