/** How a metric is computed from the event store (interpreted by `metric.sql.ts`). */
export type MetricFormula =
  /** Number of events with one of these names (and, optionally, a property equal to a value). */
  | { type: 'count'; events: readonly string[]; where?: { property: string; equals: string } }
  /** count(plus events) − count(minus events). */
  | { type: 'net'; plus: readonly string[]; minus: readonly string[] }
  /** Sum of a numeric property over events with these names. */
  | { type: 'sum'; events: readonly string[]; property: string }
  /**
   * Distinct fans (after merges) with at least one of these events; empty list = any event. With
   * `per`, the average over the range's days/weeks/months of the distinct fans in each (DAU/WAU/MAU).
   */
  | { type: 'fans'; events: readonly string[]; per?: 'day' | 'week' | 'month' }
  /** One metric divided by another over the same range and breakdown (0 when the denominator is 0). */
  | { type: 'ratio'; numerator: string; denominator: string; percent?: boolean }
  /** follows − unfollows up to the end of each bucket (a level, not a flow). */
  | { type: 'followers' }
  /** Σ weight × count over event names; weights are per workspace (defaults in `DEFAULT_IV_WEIGHTS`). */
  | { type: 'weighted'; weights: 'interaction_value' }
  /** Fans with ≥ 2 of these events ÷ fans with ≥ 1, in the range. */
  | { type: 'repeat_rate'; events: readonly string[] }
  /** Median days between consecutive events of a fan (each fan's consecutive pairs), in the range. */
  | { type: 'median_gap_days'; events: readonly string[] }
  /** Fans whose first `start` event falls in the range and who do any `return` event on day N (workspace days). */
  | { type: 'retention_day'; day: number; start: readonly string[]; return: readonly string[] }
  /** Net Promoter Score from a 0–10 `score` property: % promoters (9–10) − % detractors (0–6). */
  | { type: 'nps'; events: readonly string[]; property: string }
  /** Average of a per-fan sum over fans with any such event (historical LTV: revenue per paying fan up to the end of the range). */
  | { type: 'per_fan_sum'; events: readonly string[]; property: string; since: 'all_time' }
  /** (revenue − cost) ÷ cost, both sums of `amount` (ROI). */
  | { type: 'roi'; revenue: string; cost: string };

export type MetricUnit = 'count' | 'ratio' | 'percent' | 'currency' | 'days' | 'score';

export const BREAKDOWNS = ['platform', 'account', 'post', 'event', 'campaign', 'pillar', 'funnel_stage'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

export interface MetricDefinition {
  id: string;
  name: { 'zh-CN': string; en: string };
  /** One sentence a marketer understands. */
  description: { 'zh-CN': string; en: string };
  /** The formula as text (what docs/metrics.md and the UI show). */
  formulaText: string;
  formula: MetricFormula;
  unit: MetricUnit;
  /** Event names it reads (for "what feeds this number"). */
  sources: readonly string[];
  /** Breakdowns offered by default in the UI. */
  breakdowns: readonly Breakdown[];
  /** Group in the catalog. */
  group: 'audience' | 'content' | 'engagement' | 'conversion' | 'commerce' | 'loyalty' | 'cost';
}
