import { filterFormOf, toBreakdown, toFilters, type BreakdownForm, type FilterForm } from '../query-controls/filter-form';
import { resolveRange, type RangeValue } from '../query-controls/range';
import type { Interval, TrendBody } from './trends.api';

export const MAX_SERIES = 5;
export const MATHS = ['count', 'fans', 'sum'] as const;
export type SeriesMath = (typeof MATHS)[number];
export type SeriesForm = { type: 'metric'; metric?: string } | { type: 'event'; event: string; math: SeriesMath; property?: string };

/** What the Trends page edits; `toTrendBody` turns it into the API's body. */
export interface TrendForm {
  series: SeriesForm[];
  interval: Interval;
  range: RangeValue;
  breakdown: BreakdownForm;
  filters: FilterForm[];
  compare: boolean;
}

export const DEFAULT_FORM: TrendForm = {
  series: [{ type: 'metric', metric: 'impressions' }],
  interval: 'day',
  range: { preset: '28d' },
  breakdown: null,
  filters: [],
  compare: false,
};

const trim = (s: string | undefined) => (s ?? '').trim();

/** The API body for the form, with the range resolved in the workspace zone; null while something is incomplete. */
export function toTrendBody(form: TrendForm, timeZone: string): TrendBody | null {
  const series: TrendBody['series'] = [];
  for (const s of form.series) {
    if (s.type === 'metric') {
      if (!s.metric) return null;
      series.push({ metric: s.metric });
    } else {
      if (!trim(s.event) || (s.math === 'sum' && !trim(s.property))) return null;
      series.push({ event: trim(s.event), math: s.math, ...(s.math === 'sum' ? { property: trim(s.property) } : {}) });
    }
  }
  if (series.length === 0) return null;
  const filters = toFilters(form.filters);
  const breakdown = toBreakdown(form.breakdown);
  if (!filters || breakdown === null) return null;
  return {
    range: resolveRange(form.range, timeZone),
    interval: form.interval,
    series,
    ...(filters.length > 0 ? { filters } : {}),
    ...(breakdown ? { breakdown } : {}),
    compare: form.compare,
  };
}

/** A saved trend body back in the form (its dates become a custom range). */
export function trendFormOf(body: TrendBody): TrendForm {
  return {
    series: body.series.map((s) => ('metric' in s ? { type: 'metric', metric: s.metric } : { type: 'event', event: s.event, math: s.math ?? 'count', property: s.property })),
    interval: body.interval ?? 'day',
    range: { from: body.range.from, to: body.range.to },
    breakdown: body.breakdown ? { field: body.breakdown.field, property: body.breakdown.property } : null,
    filters: (body.filters ?? []).map(filterFormOf),
    compare: body.compare ?? false,
  };
}
