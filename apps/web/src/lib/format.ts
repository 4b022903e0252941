/**
 * Number formats shared by the pages and the e2e test (which compares the Overview with the API),
 * so they do not depend on the UI language.
 */
const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function formatInteger(n: number | null | undefined): string {
  return n === null || n === undefined || Number.isNaN(n) ? '—' : integer.format(Math.round(n));
}

/** A ratio (0.0345) as a percentage with two decimals ("3.45%"). */
export function formatRate(ratio: number | null | undefined): string {
  return ratio === null || ratio === undefined || Number.isNaN(ratio) ? '—' : `${(ratio * 100).toFixed(2)}%`;
}

export type KpiKey = 'followers' | 'netFollows' | 'postsPublished' | 'impressions' | 'engagements' | 'engagementRate';

export function formatKpi(key: KpiKey, value: number | null | undefined): string {
  if (key === 'netFollows' && typeof value === 'number' && value > 0) return `+${formatInteger(value)}`;
  return key === 'engagementRate' ? formatRate(value) : formatInteger(value);
}

/** Change against the previous period: `null` when there is nothing to compare with. */
export function changeOf(current: number, previous: number): { direction: 'up' | 'down' | 'flat'; percent: number | null } {
  const direction = current > previous ? 'up' : current < previous ? 'down' : 'flat';
  if (!previous) return { direction, percent: null };
  return { direction, percent: ((current - previous) / Math.abs(previous)) * 100 };
}

/** Short axis labels (12K / 1.2万) in the UI language. */
export function formatCompact(n: number, lang: string): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'zh-CN', { notation: 'compact', maximumFractionDigits: 1 }).format(n);
}
