import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import { funnelBody, funnelFansBody, funnelFansCsvBody } from '../src/funnels/funnel.schema.js';
import { funnelFansCsv, listFunnelFans, runFunnel } from '../src/funnels/funnel.service.js';
import { ALIASES, NAMES, filterArb, freshWorkspace, logArb, openQueryTestDb, storeLog, type LogEvent } from './event-log.js';
import { referenceBreakdown, referenceFunnel } from './funnel-reference.js';

const TZ = 'Asia/Shanghai';
// 2026-03-02 00:00 in Shanghai (UTC+8, no DST)
const ORIGIN = new Date('2026-03-01T16:00:00Z');
const localMidnight = (day: number) => new Date(ORIGIN.getTime() + (day - 2) * 86_400_000); // day of March 2026

const stepArb = fc.record({ event: fc.constantFrom(...NAMES), filters: fc.option(fc.array(filterArb, { maxLength: 1 }), { nil: undefined }) });
const queryArb = fc.record({
  steps: fc.array(stepArb, { minLength: 2, maxLength: 4 }),
  order: fc.constantFrom('sequential' as const, 'strict' as const, 'any' as const),
  windowSeconds: fc.constantFrom(3600, 6 * 3600, 86_400, 3 * 86_400),
  exclusion: fc.option(stepArb, { nil: undefined, freq: 3 }),
  filters: fc.option(fc.array(filterArb, { maxLength: 1 }), { nil: undefined, freq: 3 }),
  breakdown: fc.option(fc.constantFrom({ field: 'property' as const, property: 'v' }, { field: 'platform' as const }), { nil: undefined }),
  breakdownLimit: fc.integer({ min: 1, max: 3 }),
  days: fc.integer({ min: 1, max: 4 }),
});
// a coarse grid makes equal timestamps (ties are broken by seq)
const LOGS = fc.constantFrom(180, 720).chain((gridMinutes) => logArb({ origin: ORIGIN, spanDays: 6, gridMinutes }));
const pickArb = fc.record({ step: fc.integer({ min: 1, max: 4 }), status: fc.constantFrom('dropped' as const, 'converted' as const), limit: fc.integer({ min: 1, max: 3 }) });

const ev = (fan: string | null, name: string, iso: string, props: Record<string, unknown> | null = null, platform = 'weibo'): LogEvent => ({
  fan, name, at: new Date(iso), platform, props,
});

describe.each(testDatabaseKinds())('funnels on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openQueryTestDb(kind);
  });
  afterAll(async () => db?.close());

  it('equals the reference on random logs: counts per step never increase, medians, breakdowns, fan lists', async () => {
    await fc.assert(
      fc.asyncProperty(LOGS, queryArb, pickArb, async (log, qa, pick) => {
        const ws = freshWorkspace('funnel');
        const stored = await storeLog(db, ws, log, ALIASES);
        const range = { from: '2026-03-02', to: `2026-03-0${1 + qa.days}` };
        const q = funnelBody.parse({ ...qa, range });
        const res = await runFunnel(db, ws, q, { timeZone: TZ });
        const ref = referenceFunnel(stored, q, ORIGIN, localMidnight(2 + qa.days));

        const fans = res.steps.map((s) => s.fans);
        expect(fans).toEqual(ref.fans);
        for (let k = 1; k < fans.length; k++) expect(fans[k]).toBeLessThanOrEqual(fans[k - 1]!);
        res.steps.forEach((s, k) => {
          if (ref.medianSeconds[k] === null) expect(s.medianSecondsFromPrevious).toBeNull();
          else expect(s.medianSecondsFromPrevious).toBeCloseTo(ref.medianSeconds[k]!, 6);
          expect(s.conversionFromFirst).toBeCloseTo(fans[0] ? fans[k]! / fans[0] : 0, 12);
        });

        if (q.breakdown) {
          const rb = referenceBreakdown(ref, q.steps.length, q.breakdownLimit);
          expect(res.breakdown!.totalValues).toBe(rb.totalValues);
          expect(res.breakdown!.values.map((v) => ({ value: v.value, fans: v.steps.map((s) => s.fans) }))).toEqual(
            rb.values.map((v) => ({ value: v.value, fans: v.fans })),
          );
          res.breakdown!.values.forEach((v, i) =>
            v.steps.forEach((s, k) => {
              const m = rb.values[i]!.medianSeconds[k];
              if (m === null) expect(s.medianSecondsFromPrevious).toBeNull();
              else expect(s.medianSecondsFromPrevious).toBeCloseTo(m!, 6);
            }),
          );
        }

        // the fans of one step, page by page
        const step = Math.min(pick.step, q.steps.length);
        if (pick.status === 'dropped' && step < 2) return;
        const want = [...ref.members.entries()]
          .filter(([, m]) => (pick.status === 'converted' ? m.lvl >= step : m.lvl === step - 1))
          .map(([fanId, m]) => ({ fanId, lastStep: m.lvl, reachedAt: new Date(m.c[m.lvl - 1]!).toISOString() }))
          .sort((a, b) => (a.fanId < b.fanId ? -1 : 1));
        const got = [];
        let cursor: string | undefined;
        for (let page = 0; page < 20; page++) {
          const r = await listFunnelFans(db, ws, funnelFansBody.parse({ ...qa, range, step, status: pick.status, limit: pick.limit, cursor }), { timeZone: TZ });
          got.push(...r.items);
          if (!r.nextCursor) break;
          cursor = r.nextCursor;
        }
        expect(got).toEqual(want);
      }),
      { numRuns: kind === 'pglite' ? 120 : 80 },
    );
  });

  // Shanghai, fan x: a (Mar 2 10:00) → b (Mar 2 11:00) → c (Mar 3 09:00); fan y: a, c, b; fan z: a only;
  // fan w: a, b, d (exclusion), c. Times are local.
  const fixed: LogEvent[] = [
    ev('x', 'a', '2026-03-02T02:00:00Z', { src: 'ad' }), ev('x', 'b', '2026-03-02T03:00:00Z'), ev('x', 'c', '2026-03-03T01:00:00Z'),
    ev('y', 'a', '2026-03-02T02:00:00Z', { src: 'seo' }), ev('y', 'c', '2026-03-02T04:00:00Z'), ev('y', 'b', '2026-03-02T05:00:00Z'),
    ev('z', 'a', '2026-03-02T06:00:00Z', { src: 'ad' }),
    ev('w', 'a', '2026-03-02T02:00:00Z', { src: 'ad' }), ev('w', 'b', '2026-03-02T02:30:00Z'), ev('w', 'd', '2026-03-02T02:40:00Z'), ev('w', 'c', '2026-03-02T03:00:00Z'),
    ev(null, 'a', '2026-03-02T02:00:00Z'), // anonymous: never counted
  ];
  const steps = [{ event: 'a' }, { event: 'b' }, { event: 'c' }];
  const range = { from: '2026-03-02', to: '2026-03-02' };

  it('counts sequential, strict and any-order funnels with an exclusion and a breakdown', async () => {
    const ws = freshWorkspace('fixed');
    await storeLog(db, ws, fixed);
    const run = (extra: object) => runFunnel(db, ws, funnelBody.parse({ range, steps, windowSeconds: 86_400, ...extra }), { timeZone: TZ });
    expect((await run({})).steps.map((s) => s.fans)).toEqual([4, 3, 2]); // y has no c after its b
    // strict: y's c comes between its a and b; w's d is not a funnel event, so w still counts
    expect((await run({ order: 'strict' })).steps.map((s) => s.fans)).toEqual([4, 2, 2]);
    expect((await run({ order: 'any' })).steps.map((s) => s.fans)).toEqual([4, 3, 3]);
    const excl = await run({ exclusion: { event: 'd' } });
    expect(excl.steps.map((s) => s.fans)).toEqual([3, 2, 1]);
    expect(excl.steps[1]).toMatchObject({ conversionFromPrevious: 2 / 3, conversionFromFirst: 2 / 3, dropped: 1, medianSecondsFromPrevious: 3600 * 2 });
    expect(excl.steps[2]!.medianSecondsFromPrevious).toBe(22 * 3600);
    // a 1-hour window: x reaches c only after 23 h
    expect((await run({ windowSeconds: 3600 })).steps.map((s) => s.fans)).toEqual([4, 2, 1]);
    const byStep1Filter = await run({ steps: [{ event: 'a', filters: [{ field: 'property', property: 'src', op: 'eq', value: 'ad' }] }, { event: 'b' }] });
    expect(byStep1Filter.steps.map((s) => s.fans)).toEqual([3, 2]);
    const bd = await run({ breakdown: { field: 'property', property: 'src' } });
    expect(bd.breakdown).toMatchObject({ field: 'property', property: 'src', totalValues: 2 });
    expect(bd.breakdown!.values.map((v) => [v.value, v.steps.map((s) => s.fans)])).toEqual([['ad', [3, 2, 2]], ['seo', [1, 1, 0]]]);
  });

  it('follows merges: events of a merged fan count for the canonical fan', async () => {
    const ws = freshWorkspace('merged');
    await storeLog(db, ws, [ev('old', 'a', '2026-03-02T02:00:00Z'), ev('new', 'b', '2026-03-02T03:00:00Z'), ev('other', 'b', '2026-03-02T03:00:00Z')], { old: 'new' });
    const res = await runFunnel(db, ws, funnelBody.parse({ range, steps: [{ event: 'a' }, { event: 'b' }] }), { timeZone: TZ });
    expect(res.steps.map((s) => s.fans)).toEqual([1, 1]);
    const fans = await listFunnelFans(db, ws, funnelFansBody.parse({ range, steps: [{ event: 'a' }, { event: 'b' }], step: 2, status: 'converted' }), { timeZone: TZ });
    expect(fans.items).toEqual([{ fanId: 'new', lastStep: 2, reachedAt: '2026-03-02T03:00:00.000Z' }]);
  });

  it('exports the dropped fans as formula-safe CSV with local times', async () => {
    const ws = freshWorkspace('csv');
    await storeLog(db, ws, [ev('=cmd|calc', 'a', '2026-03-01T16:00:00Z'), ev('粉丝,1', 'a', '2026-03-02T15:59:59Z'), ev('ok', 'a', '2026-03-02T02:00:00Z'), ev('ok', 'b', '2026-03-02T02:00:01Z')]);
    const out = await funnelFansCsv(db, ws, funnelFansCsvBody.parse({ range, steps: [{ event: 'a' }, { event: 'b' }], step: 2, status: 'dropped' }), { timeZone: TZ });
    expect(out).toEqual({
      rows: 2,
      truncated: false,
      csv:
        '\uFEFFfan_id,last_step,reached_at,reached_at_local\r\n' +
        "'=cmd|calc,1,2026-03-01T16:00:00.000Z,2026-03-02 00:00:00\r\n" +
        '"粉丝,1",1,2026-03-02T15:59:59.000Z,2026-03-02 23:59:59\r\n',
    });
  });
});
