/**
 * The per-post metrics of content insight, by their catalog ids. Counts, sums and distinct fans are
 * SQL aggregates built from the catalog formulas (`formulaAggregateSql`); the rates are the catalog's
 * ratios of those (0 when the denominator is 0), so every number means what the catalog says.
 */
import { findMetric, type AggregateFormula } from '../catalog/evaluate-metric.js';

export const POST_BASE_METRICS = [
  'impressions',
  'reach',
  'likes',
  'comments',
  'shares',
  'saves',
  'engagements',
  'video_views',
  'video_completes',
  'link_clicks',
  'orders',
  'gmv',
] as const;
export const POST_RATIO_METRICS = ['engagement_rate_by_impressions', 'video_completion_rate', 'ctr'] as const;
export const POST_METRICS = [...POST_BASE_METRICS, ...POST_RATIO_METRICS] as const;

export type PostBaseMetricId = (typeof POST_BASE_METRICS)[number];
export type PostRatioMetricId = (typeof POST_RATIO_METRICS)[number];
export type PostMetricId = (typeof POST_METRICS)[number];
export type PostMetrics = Record<PostMetricId, number>;
export type PostBaseMetrics = Record<PostBaseMetricId, number>;

/** The catalog formula of a base metric (count / sum / fans). */
export function baseFormula(id: PostBaseMetricId): AggregateFormula {
  const f = findMetric(id)?.formula;
  if (!f || (f.type !== 'count' && f.type !== 'sum' && f.type !== 'fans')) throw new Error(`catalog metric ${id} is not a count, sum or fans formula`);
  return f;
}

function ratioParts(id: PostRatioMetricId): { numerator: PostBaseMetricId; denominator: PostBaseMetricId } {
  const f = findMetric(id)?.formula;
  const base = POST_BASE_METRICS as readonly string[];
  if (!f || f.type !== 'ratio' || !base.includes(f.numerator) || !base.includes(f.denominator)) throw new Error(`catalog metric ${id} is not a ratio of post metrics`);
  return { numerator: f.numerator as PostBaseMetricId, denominator: f.denominator as PostBaseMetricId };
}

/** Event names the base metrics read. */
export function postMetricEvents(): string[] {
  return [...new Set(POST_BASE_METRICS.flatMap((id) => baseFormula(id).events))];
}

/** Base metrics plus the catalog's rates computed from them. */
export function withRates(base: PostBaseMetrics): PostMetrics {
  const out = { ...base } as PostMetrics;
  for (const id of POST_RATIO_METRICS) {
    const { numerator, denominator } = ratioParts(id);
    out[id] = base[denominator] === 0 ? 0 : base[numerator] / base[denominator];
  }
  return out;
}
