/**
 * How content metrics are shown (shared with the e2e test, which compares the page with the API), by
 * catalog id, independent of the UI language. Rates come from the API as fractions.
 */
import { formatInteger, formatRate } from '../../lib/format';

const RATES = new Set(['engagement_rate_by_impressions', 'video_completion_rate', 'ctr']);
const money = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const mean = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

export const isRate = (metricId: string) => RATES.has(metricId);

/** A post's or a group's value. */
export function formatContentMetric(metricId: string, value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  if (RATES.has(metricId)) return formatRate(value);
  if (metricId === 'gmv') return money.format(value);
  return formatInteger(value);
}

/** A per-post mean (counts keep one decimal). */
export function formatContentMean(metricId: string, value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  if (RATES.has(metricId) || metricId === 'gmv') return formatContentMetric(metricId, value);
  return mean.format(value);
}
