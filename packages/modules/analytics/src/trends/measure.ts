import { invalidField } from '@resonance/kernel';
import { METRICS } from '../catalog/metrics.catalog.js';
import type { MetricDefinition } from '../catalog/metric.types.js';
import type { EventFilter } from '../query/query.schema.js';
import type { TrendSeriesInput } from './trend.schema.js';

/** What one query computes; ratios and ROI are two measures combined. */
export type Measure =
  | { kind: 'count'; events: readonly string[]; filters?: readonly EventFilter[] }
  | { kind: 'sum'; events: readonly string[]; property: string; filters?: readonly EventFilter[] }
  | { kind: 'fans'; events: readonly string[]; per?: 'day' | 'week' | 'month'; filters?: readonly EventFilter[] }
  | { kind: 'net'; plus: readonly string[]; minus: readonly string[] }
  | { kind: 'weighted'; weights: Readonly<Record<string, number>> }
  | { kind: 'followers' }
  | { kind: 'repeat_rate'; events: readonly string[] }
  | { kind: 'median_gap_days'; events: readonly string[] }
  | { kind: 'nps'; events: readonly string[]; property: string }
  | { kind: 'per_fan_sum'; events: readonly string[]; property: string }
  | { kind: 'retention_day'; day: number };

export type Plan =
  | { type: 'single'; measure: Measure }
  | { type: 'ratio'; numerator: Measure; denominator: Measure }
  | { type: 'roi'; revenue: Measure; cost: Measure };

const METRIC_BY_ID = new Map(METRICS.map((m) => [m.id, m]));

/** Buckets add up to the total only for flows counted once per event. */
export const isAdditive = (p: Plan) => p.type === 'single' && ['count', 'sum', 'net', 'weighted'].includes(p.measure.kind);

function measureOf(def: MetricDefinition, ivWeights: Readonly<Record<string, number>>): Measure {
  const f = def.formula;
  switch (f.type) {
    case 'count':
      return { kind: 'count', events: f.events, filters: f.where ? [{ field: 'property', property: f.where.property, op: 'eq', value: f.where.equals }] : undefined };
    case 'sum':
      return { kind: 'sum', events: f.events, property: f.property };
    case 'fans':
      return { kind: 'fans', events: f.events, per: f.per };
    case 'net':
      return { kind: 'net', plus: f.plus, minus: f.minus };
    case 'weighted':
      return { kind: 'weighted', weights: ivWeights };
    case 'followers':
      return { kind: 'followers' };
    case 'repeat_rate':
      return { kind: 'repeat_rate', events: f.events };
    case 'median_gap_days':
      return { kind: 'median_gap_days', events: f.events };
    case 'nps':
      return { kind: 'nps', events: f.events, property: f.property };
    case 'per_fan_sum':
      return { kind: 'per_fan_sum', events: f.events, property: f.property };
    case 'retention_day':
      return { kind: 'retention_day', day: f.day };
    case 'ratio':
    case 'roi':
      throw new Error(`${def.id}: a ${f.type} is a plan, not a measure`);
  }
}

/** The plan of a catalog metric (by id) or of an ad-hoc event series; errors name `series[i]`. */
export function planOf(input: TrendSeriesInput, path: string, ivWeights: Readonly<Record<string, number>>): { plan: Plan; metric: MetricDefinition | null; key: string } {
  if ('metric' in input) {
    const def = METRIC_BY_ID.get(input.metric);
    if (!def) throw invalidField(`${path}.metric`, `is not a metric of the catalog (see GET /workspaces/{id}/metrics or docs/metrics.md)`);
    const f = def.formula;
    const single = (id: string) => measureOf(METRIC_BY_ID.get(id)!, ivWeights);
    const plan: Plan =
      f.type === 'ratio'
        ? { type: 'ratio', numerator: single(f.numerator), denominator: single(f.denominator) }
        : f.type === 'roi'
          ? { type: 'roi', revenue: single(f.revenue), cost: single(f.cost) }
          : { type: 'single', measure: measureOf(def, ivWeights) };
    return { plan, metric: def, key: def.id };
  }
  if (input.math === 'sum' && !input.property) throw invalidField(`${path}.property`, 'is required when math is sum');
  const measure: Measure =
    input.math === 'sum'
      ? { kind: 'sum', events: [input.event], property: input.property!, filters: input.filters }
      : input.math === 'fans'
        ? { kind: 'fans', events: [input.event], filters: input.filters }
        : { kind: 'count', events: [input.event], filters: input.filters };
  return { plan: { type: 'single', measure }, metric: null, key: `${input.math}:${input.event}` };
}
