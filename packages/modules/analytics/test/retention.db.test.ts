import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import { retentionBody } from '../src/retention/retention.schema.js';
import { runRetention } from '../src/retention/retention.service.js';
import { ALIASES, NAMES, filterArb, freshWorkspace, logArb, openQueryTestDb, storeLog, type LogEvent } from './event-log.js';
import { addDays, localDateAt } from './local-dates.js';
import { referenceRetention } from './retention-reference.js';

const TZ = 'Asia/Shanghai';
const shanghaiDate = localDateAt(8);
// Monday 2026-03-02 00:00 in Shanghai
const ORIGIN = new Date('2026-03-01T16:00:00Z');

const specArb = fc.record({ event: fc.constantFrom(...NAMES), filters: fc.option(fc.array(filterArb, { maxLength: 1 }), { nil: undefined }) });
const queryArb = fc.record({
  interval: fc.constantFrom('day' as const, 'week' as const, 'month' as const),
  mode: fc.constantFrom('first_time' as const, 'recurring' as const),
  startEvent: specArb,
  returnEvent: fc.oneof(fc.constant('any' as const), specArb),
  periods: fc.integer({ min: 1, max: 6 }),
  filters: fc.option(fc.array(filterArb, { maxLength: 1 }), { nil: undefined, freq: 3 }),
  fromDay: fc.integer({ min: 0, max: 20 }),
  days: fc.integer({ min: 1, max: 40 }),
  nowDay: fc.integer({ min: 0, max: 120 }),
});

const ev = (fan: string | null, name: string, iso: string): LogEvent => ({ fan, name, at: new Date(iso), platform: 'weibo', props: null });

describe.each(testDatabaseKinds())('retention on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openQueryTestDb(kind);
  });
  afterAll(async () => db?.close());

  it('equals the reference on random logs (cohort table and curve)', async () => {
    const logs = fc.constantFrom(360, 720).chain((gridMinutes) => logArb({ origin: ORIGIN, spanDays: 75, gridMinutes }, 90));
    await fc.assert(
      fc.asyncProperty(logs, queryArb, async (log, qa) => {
        const ws = freshWorkspace('retention');
        const stored = await storeLog(db, ws, log, ALIASES);
        const from = addDays('2026-03-02', qa.fromDay);
        const q = retentionBody.parse({ ...qa, range: { from, to: addDays(from, qa.days - 1) } });
        const now = new Date(ORIGIN.getTime() + qa.nowDay * 86_400_000 + 3_600_000);
        const res = await runRetention(db, ws, q, { timeZone: TZ, now });
        const ref = referenceRetention(stored, q, shanghaiDate(now), shanghaiDate);
        expect(res.cohorts.map((c) => ({ cohort: c.cohort, size: c.size, returned: c.returned }))).toEqual(ref.cohorts);
        expect(res.curve).toEqual(ref.curve);
        for (const c of res.cohorts) c.rates.forEach((r, i) => expect(r).toBe(c.returned[i] === null ? null : c.size ? c.returned[i]! / c.size : 0));
      }),
      { numRuns: kind === 'pglite' ? 100 : 60 },
    );
  });

  it('first-time cohorts ignore fans whose first start event is before the range; recurring counts every period', async () => {
    const ws = freshWorkspace('ret-fixed');
    await storeLog(db, ws, [
      ev('old', 'signup', '2026-02-20T02:00:00Z'), // first start before the range
      ev('old', 'signup', '2026-03-02T02:00:00Z'),
      ev('old', 'visit', '2026-03-03T02:00:00Z'),
      ev('new', 'signup', '2026-03-02T15:59:59Z'), // Mar 2 23:59:59 local
      ev('new', 'visit', '2026-03-02T16:00:00Z'), // Mar 3 00:00 local: day 1
      ev('new', 'visit', '2026-03-04T16:30:00Z'), // Mar 5 local: day 3
      ev('late', 'signup', '2026-03-02T16:00:00Z'), // Mar 3 local
      ev(null, 'visit', '2026-03-03T16:30:00Z'),
    ]);
    const base = { range: { from: '2026-03-02', to: '2026-03-03' }, interval: 'day', startEvent: { event: 'signup' }, returnEvent: { event: 'visit' }, periods: 3 };
    const now = new Date('2026-03-05T04:00:00Z'); // Mar 5 noon local
    const first = await runRetention(db, ws, retentionBody.parse(base), { timeZone: TZ, now });
    expect(first.cohorts).toEqual([
      { cohort: '2026-03-02', size: 1, returned: [1, 0, 1], rates: [1, 0, 1] },
      { cohort: '2026-03-03', size: 1, returned: [0, 0, null], rates: [0, 0, null] },
    ]);
    expect(first.curve).toEqual([
      { period: 1, returned: 1, size: 2, rate: 0.5 },
      { period: 2, returned: 0, size: 2, rate: 0 },
      { period: 3, returned: 1, size: 1, rate: 1 },
    ]);
    const recurring = await runRetention(db, ws, retentionBody.parse({ ...base, mode: 'recurring' }), { timeZone: TZ, now });
    expect(recurring.cohorts[0]).toEqual({ cohort: '2026-03-02', size: 2, returned: [2, 0, 1], rates: [1, 0, 0.5] });
    const weekly = await runRetention(db, ws, retentionBody.parse({ ...base, interval: 'week', returnEvent: 'any', periods: 1 }), { timeZone: TZ, now });
    expect(weekly.cohorts).toEqual([{ cohort: '2026-03-02', size: 2, returned: [null], rates: [null] }]);
    expect(weekly.curve).toEqual([{ period: 1, returned: 0, size: 0, rate: null }]);
  });
});
