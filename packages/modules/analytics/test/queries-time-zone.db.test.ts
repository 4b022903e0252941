import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import { funnelBody, funnelFansBody } from '../src/funnels/funnel.schema.js';
import { listFunnelFans, runFunnel } from '../src/funnels/funnel.service.js';
import { pathsBody } from '../src/paths/paths.schema.js';
import { runPaths } from '../src/paths/paths.service.js';
import { eventNamesQuery } from '../src/query-support/event-names.schema.js';
import { listEventNames } from '../src/query-support/event-names.service.js';
import { retentionBody } from '../src/retention/retention.schema.js';
import { runRetention } from '../src/retention/retention.service.js';
import { freshWorkspace, openQueryTestDb, storeLog, type LogEvent } from './event-log.js';

const SH = 'Asia/Shanghai'; // UTC+8: local midnight of Mar 3 = 2026-03-02T16:00:00Z
const NY = 'America/New_York'; // 2026-03-08 has 23 hours (05:00Z → 04:00Z next day); 2026-11-01 has 25 (04:00Z → 05:00Z)
const ev = (fan: string | null, name: string, iso: string): LogEvent => ({ fan, name, at: new Date(iso), platform: 'weibo', props: null });
const funnel = (from: string, to: string, extra: object = {}) =>
  funnelBody.parse({ range: { from, to }, steps: [{ event: 'view' }, { event: 'buy' }], windowSeconds: 3600, ...extra });

describe.each(testDatabaseKinds())('queries at day boundaries and across DST (%s)', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openQueryTestDb(kind);
  });
  afterAll(async () => db?.close());

  it('funnel: step 1 must fall in the local dates; later steps may pass midnight within the window', async () => {
    const ws = freshWorkspace('tz-funnel-sh');
    await storeLog(db, ws, [
      ev('before', 'view', '2026-03-01T15:59:59Z'), // Mar 1 23:59:59 local
      ev('first', 'view', '2026-03-01T16:00:00Z'), // Mar 2 00:00 local
      ev('last', 'view', '2026-03-02T15:59:59Z'), // Mar 2 23:59:59 local
      ev('last', 'buy', '2026-03-02T16:30:00Z'), // Mar 3 00:30 local, 30 min 1 s later
      ev('after', 'view', '2026-03-02T16:00:00Z'), // Mar 3 local
    ]);
    const res = await runFunnel(db, ws, funnel('2026-03-02', '2026-03-02'), { timeZone: SH });
    expect(res.steps.map((s) => s.fans)).toEqual([2, 1]);
    expect(res.steps[1]!.medianSecondsFromPrevious).toBe(1801);
    const fans = await listFunnelFans(db, ws, funnelFansBody.parse({ ...funnel('2026-03-02', '2026-03-02'), step: 2, status: 'dropped' }), { timeZone: SH });
    expect(fans.items).toEqual([{ fanId: 'first', lastStep: 1, reachedAt: '2026-03-01T16:00:00.000Z' }]);
    // the same instants read in UTC fall on other days
    const utc = await listFunnelFans(db, ws, funnelFansBody.parse({ ...funnel('2026-03-01', '2026-03-01'), step: 2, status: 'dropped' }), { timeZone: 'UTC' });
    expect(utc.items.map((f) => f.fanId)).toEqual(['before', 'first']);
  });

  it('funnel: a 23-hour and a 25-hour New York day', async () => {
    const ws = freshWorkspace('tz-funnel-ny');
    await storeLog(db, ws, [
      ev('a', 'view', '2026-03-08T04:59:59Z'), // Mar 7 23:59:59 EST
      ev('b', 'view', '2026-03-08T05:00:00Z'), // Mar 8 00:00 EST
      ev('c', 'view', '2026-03-09T03:59:59Z'), // Mar 8 23:59:59 EDT
      ev('d', 'view', '2026-03-09T04:00:00Z'), // Mar 9 00:00 EDT
      ev('e', 'view', '2026-11-01T04:00:00Z'), // Nov 1 00:00 EDT
      ev('f', 'view', '2026-11-02T04:59:59Z'), // Nov 1 23:59:59 EST
      ev('g', 'view', '2026-11-02T05:00:00Z'), // Nov 2 00:00 EST
    ]);
    const fansOn = async (day: string) => (await listFunnelFans(db, ws, funnelFansBody.parse({ ...funnel(day, day), step: 2, status: 'dropped' }), { timeZone: NY })).items.map((f) => f.fanId);
    expect(await fansOn('2026-03-08')).toEqual(['b', 'c']);
    expect(await fansOn('2026-11-01')).toEqual(['e', 'f']);
  });

  it('retention: local days across Shanghai midnight, New York DST days and weeks, months', async () => {
    const ws = freshWorkspace('tz-ret');
    await storeLog(db, ws, [
      // Shanghai: start Mar 2 23:59:59, return Mar 3 00:00 → day 1; Apr 1 00:00 local → month 1
      ev('s1', 'start', '2026-03-02T15:59:59Z'),
      ev('s1', 'back', '2026-03-02T16:00:00Z'),
      ev('s1', 'back', '2026-03-31T16:00:00Z'),
      // New York: start Mar 7 23:30 EST; Mar 8 23:30 EDT is day 1; Mar 9 00:30 EDT is day 2 (a fixed −5 h offset would say day 1)
      ev('n1', 'start', '2026-03-08T04:30:00Z'),
      ev('n1', 'back', '2026-03-09T03:30:00Z'),
      ev('n2', 'start', '2026-03-08T04:30:00Z'),
      ev('n2', 'back', '2026-03-09T04:30:00Z'),
      // weeks (Monday start): Sun Mar 8 23:59:59 EDT is still the week of Mar 2; Mon Mar 9 00:00 EDT the next
      ev('w1', 'wstart', '2026-03-03T12:00:00Z'),
      ev('w1', 'wback', '2026-03-09T03:59:59Z'),
      ev('w2', 'wstart', '2026-03-03T12:00:00Z'),
      ev('w2', 'wback', '2026-03-09T04:00:00Z'),
    ]);
    const now = new Date('2026-06-01T00:00:00Z');
    const q = (extra: object) => retentionBody.parse({ startEvent: { event: 'start' }, returnEvent: { event: 'back' }, periods: 2, ...extra });
    const sh = await runRetention(db, ws, q({ range: { from: '2026-03-02', to: '2026-03-02' }, interval: 'day' }), { timeZone: SH, now });
    expect(sh.cohorts).toEqual([{ cohort: '2026-03-02', size: 1, returned: [1, 0], rates: [1, 0] }]);
    const shMonth = await runRetention(db, ws, q({ range: { from: '2026-03-01', to: '2026-03-31' }, interval: 'month' }), { timeZone: SH, now });
    // n1 and n2 started in March too (Mar 8 12:30 local) and came back in March
    expect(shMonth.cohorts).toEqual([{ cohort: '2026-03-01', size: 3, returned: [1, 0], rates: [1 / 3, 0] }]);
    const ny = await runRetention(db, ws, q({ range: { from: '2026-03-07', to: '2026-03-07' }, interval: 'day' }), { timeZone: NY, now });
    expect(ny.cohorts).toEqual([{ cohort: '2026-03-07', size: 2, returned: [1, 1], rates: [0.5, 0.5] }]);
    const weeks = await runRetention(
      db, ws,
      retentionBody.parse({ range: { from: '2026-03-02', to: '2026-03-08' }, interval: 'week', startEvent: { event: 'wstart' }, returnEvent: { event: 'wback' }, periods: 1 }),
      { timeZone: NY, now },
    );
    expect(weeks.cohorts).toEqual([{ cohort: '2026-03-02', size: 2, returned: [1], rates: [0.5] }]);
  });

  it('retention: periods not started yet in the workspace zone are null', async () => {
    const ws = freshWorkspace('tz-ret-now');
    await storeLog(db, ws, [ev('x', 'start', '2026-03-02T02:00:00Z')]);
    const q = retentionBody.parse({ range: { from: '2026-03-02', to: '2026-03-02' }, interval: 'day', startEvent: { event: 'start' }, returnEvent: 'any', periods: 2 });
    // 15:59:59Z is still Mar 2 in Shanghai (day 1 not started); 16:00Z is Mar 3 (day 1 started)
    expect((await runRetention(db, ws, q, { timeZone: SH, now: new Date('2026-03-02T15:59:59Z') })).cohorts[0]!.returned).toEqual([null, null]);
    expect((await runRetention(db, ws, q, { timeZone: SH, now: new Date('2026-03-02T16:00:00Z') })).cohorts[0]!.returned).toEqual([0, null]);
  });

  it('retention: the last period ends at its last local instant', async () => {
    const ws = freshWorkspace('tz-ret-end');
    await storeLog(db, ws, [
      ev('in', 'start', '2026-03-02T02:00:00Z'),
      ev('in', 'back', '2026-03-03T15:59:59Z'), // Mar 3 23:59:59 local: day 1
      ev('out', 'start', '2026-03-02T02:00:00Z'),
      ev('out', 'back', '2026-03-03T16:00:00Z'), // Mar 4 00:00 local: day 2
    ]);
    const q = retentionBody.parse({ range: { from: '2026-03-02', to: '2026-03-02' }, interval: 'day', startEvent: { event: 'start' }, returnEvent: { event: 'back' }, periods: 1 });
    expect((await runRetention(db, ws, q, { timeZone: SH, now: new Date('2026-04-01T00:00:00Z') })).cohorts).toEqual([
      { cohort: '2026-03-02', size: 2, returned: [1], rates: [0.5] },
    ]);
  });

  it('paths and event names read the local dates of the range', async () => {
    const ws = freshWorkspace('tz-paths');
    await storeLog(db, ws, [
      ev('p', 'like', '2026-03-08T04:59:59Z'), // Mar 7 EST: outside
      ev('p', 'follow', '2026-03-08T05:00:00Z'),
      ev('p', 'comment', '2026-03-09T03:59:59Z'),
      ev('p', 'share', '2026-03-09T04:00:00Z'), // Mar 9 EDT: outside
      ev(null, 'comment', '2026-03-08T12:00:00Z'),
    ]);
    const range = { from: '2026-03-08', to: '2026-03-08' };
    const after = await runPaths(db, ws, pathsBody.parse({ range, event: 'follow', steps: 3 }), { timeZone: NY });
    expect(after.sequences).toEqual([{ events: ['comment'], occurrences: 1, fans: 1 }]);
    const before = await runPaths(db, ws, pathsBody.parse({ range, event: 'follow', direction: 'before' }), { timeZone: NY });
    expect(before.sequences).toEqual([{ events: [], occurrences: 1, fans: 1 }]);
    const names = await listEventNames(db, ws, eventNamesQuery.parse({ from: '2026-03-08', to: '2026-03-08' }), { timeZone: NY, now: new Date() });
    expect(names).toEqual({ range, names: [{ name: 'comment', count: 2 }, { name: 'follow', count: 1 }] });
    const defaults = await listEventNames(db, ws, eventNamesQuery.parse({}), { timeZone: NY, now: new Date('2026-03-09T03:59:59Z') });
    expect(defaults.range).toEqual({ from: '2026-02-07', to: '2026-03-08' });
    expect(defaults.names).toEqual([{ name: 'comment', count: 2 }, { name: 'follow', count: 1 }, { name: 'like', count: 1 }]);
  });
});
