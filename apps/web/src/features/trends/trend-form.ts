import { resolveRange, type RangeValue } from './range';
import type { Breakdown, EventFilter, Interval, TrendBody } from './trends.api';

export const MAX_SERIES = 5;
export const MATHS = ['count', 'fans', 'sum'] as const;
export type SeriesMath = (typeof MATHS)[number];
export const FIELDS = ['event', 'platform', 'account', 'post', 'property'] as const;
export type Field = (typeof FIELDS)[number];
export const OPS = ['eq', 'neq', 'in', 'contains', 'gt', 'gte', 'lt', 'lte', 'is_set', 'is_not_set'] as const;
export type Op = (typeof OPS)[number];
const NUMERIC: readonly Op[] = ['gt', 'gte', 'lt', 'lte'];
export const needsValue = (op: Op) => op !== 'is_set' && op !== 'is_not_set';

export type SeriesForm = { type: 'metric'; metric?: string } | { type: 'event'; event: string; math: SeriesMath; property?: string };
export interface FilterForm {
  field: Field;
  property?: string;
  op: Op;
  /** As typed: a list for `in` is comma-separated. */
  value?: string;
}

/** What the Trends page edits; `toTrendBody` turns it into the API's body. */
export interface TrendForm {
  series: SeriesForm[];
  interval: Interval;
  range: RangeValue;
  breakdown: { field: Field; property?: string } | null;
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

function filterOf(f: FilterForm): EventFilter | null {
  if (f.field === 'property' && !trim(f.property)) return null;
  const base = { field: f.field, op: f.op, ...(f.field === 'property' ? { property: trim(f.property) } : {}) };
  if (!needsValue(f.op)) return base;
  const raw = trim(f.value);
  if (raw === '') return null;
  if (NUMERIC.includes(f.op)) {
    const n = Number(raw);
    return Number.isFinite(n) ? { ...base, value: n } : null;
  }
  if (f.op === 'in') {
    const list = raw.split(/[,，]/).map((v) => v.trim()).filter(Boolean);
    return list.length > 0 ? { ...base, value: list } : null;
  }
  return { ...base, value: raw };
}

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
  const filters: EventFilter[] = [];
  for (const f of form.filters) {
    const parsed = filterOf(f);
    if (!parsed) return null;
    filters.push(parsed);
  }
  let breakdown: Breakdown | undefined;
  if (form.breakdown) {
    if (form.breakdown.field === 'property' && !trim(form.breakdown.property)) return null;
    breakdown = { field: form.breakdown.field, ...(form.breakdown.field === 'property' ? { property: trim(form.breakdown.property) } : {}) };
  }
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
    filters: (body.filters ?? []).map((f) => ({
      field: f.field,
      property: f.property,
      op: f.op,
      value: f.value === undefined ? undefined : Array.isArray(f.value) ? f.value.join(', ') : String(f.value),
    })),
    compare: body.compare ?? false,
  };
}
