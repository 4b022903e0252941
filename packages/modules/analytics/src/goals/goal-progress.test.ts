import { describe, expect, it } from 'vitest';
import { goalProgress, type ProgressInput } from './goal-progress.js';

const days = (values: number[], start = 1) => values.map((value, i) => ({ date: `2026-03-${String(start + i).padStart(2, '0')}`, value }));
const withSeries = (values: number[], today: string): Pick<ProgressInput, 'series' | 'current' | 'today'> => ({ series: days(values), current: values.at(-1)!, today });
const base: ProgressInput = { baseline: 0, target: 10, kind: 'cumulative', monotone: true, startDate: '2026-03-01', endDate: '2026-03-11', ...withSeries([1, 2, 3, 3], '2026-03-04') };
const level = { kind: 'level' as const, monotone: false };

describe('goalProgress', () => {
  it('forecasts from complete days only, and never below the value reached for counts', () => {
    const r = goalProgress(base);
    expect(r.progress).toMatchObject({ status: 'active', asOf: '2026-03-04', current: 3, fraction: 0.3, from: 0 });
    expect(r.forecast).toEqual({ method: 'least_squares_linear_trend', value: 11, slopePerDay: 1, points: 3, onTrack: true, note: 'ok' });
    // a flat trend of a count cannot forecast less than what already happened
    expect(goalProgress({ ...base, ...withSeries([5, 5, 5, 6], '2026-03-04') }).forecast.value).toBe(6);
    expect(goalProgress({ ...base, monotone: false, ...withSeries([5, 5, 5, 6], '2026-03-04') }).forecast.value).toBe(5);
  });

  it('measures a level from its baseline, in either direction', () => {
    const up = goalProgress({ ...base, ...level, baseline: 0.2, target: 0.4, ...withSeries([0.25, 0.3], '2026-03-02') });
    expect(up.progress).toMatchObject({ direction: 'increase', from: 0.2 });
    expect(up.progress.fraction).toBeCloseTo(0.5, 12);
    // cost per acquisition from 10 down to 6: at 7 it is 75 % of the way; Mar 1–2 (9, 8) fall 1 a day → −1 on Mar 11: on track
    const down = goalProgress({ ...base, ...level, baseline: 10, target: 6, ...withSeries([9, 8, 7], '2026-03-03') });
    expect(down.progress).toMatchObject({ direction: 'decrease', fraction: 0.75 });
    expect(down.forecast).toMatchObject({ value: -1, slopePerDay: -1, points: 2, onTrack: true });
    const stuck = goalProgress({ ...base, ...level, baseline: 10, target: 6, ...withSeries([10, 10.5, 10], '2026-03-03') });
    expect(stuck.forecast.onTrack).toBe(false);
  });

  it('needs two complete days and a daily series to forecast; reports not started and ended goals', () => {
    expect(goalProgress({ ...base, ...withSeries([1, 2], '2026-03-02') }).forecast).toMatchObject({ value: null, points: 1, note: 'too_few_days', onTrack: null });
    expect(goalProgress({ ...base, series: null, current: 4 })).toMatchObject({ progress: { current: 4, fraction: 0.4, series: [] }, forecast: { value: null, note: 'no_daily_series' } });
    expect(goalProgress({ ...base, today: '2026-02-28', series: null, current: null })).toMatchObject({ progress: { status: 'not_started', current: null }, forecast: { note: 'not_started' } });
    const ended = goalProgress({ ...base, ...withSeries([1, 2, 3, 4, 5, 6, 7, 8, 9, 9, 9], '2026-03-12') });
    expect(ended.progress).toMatchObject({ status: 'ended', asOf: '2026-03-11', current: 9, fraction: 0.9 });
    expect(ended.forecast).toMatchObject({ value: 9, onTrack: false, note: 'ended' });
  });

  it('treats a target equal to its starting point as reached or not', () => {
    expect(goalProgress({ ...base, ...level, baseline: 5, target: 5, ...withSeries([5, 5], '2026-03-02') }).progress.fraction).toBe(1);
    expect(goalProgress({ ...base, target: 0, ...withSeries([0, 0], '2026-03-02') }).progress.fraction).toBe(1);
  });
});
