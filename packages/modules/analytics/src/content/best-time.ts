/**
 * Best posting time per account, by an explicit rule the response carries (the web words it in zh/en):
 * over the `windowDays` local days ending at `to`, a post's slot is the local hour it was published
 * (all weekdays together); only hours with at least `minPostsPerSlot` posts of the account count;
 * they are ranked by the median engagement rate (by impressions) of their posts, ties by more posts,
 * then the earlier hour; the first `top` are suggested. No eligible hour → `not_enough_data`.
 */
export const BEST_TIME_RULE = {
  windowDays: 90,
  slot: 'hour_of_day',
  metric: 'engagement_rate_by_impressions',
  rankBy: 'median',
  minPostsPerSlot: 3,
  top: 3,
  tieBreak: ['posts', 'earlier_hour'],
} as const;

export interface BestTimeRule {
  windowDays: number;
  minPostsPerSlot: number;
  top: number;
}

export interface SlotPost {
  accountId: string | null;
  hour: number;
  engagementRate: number;
}

export interface BestTimeSlot {
  hour: number;
  posts: number;
  medianEngagementRate: number;
  avgEngagementRate: number;
}

export interface AccountBestTime {
  accountId: string;
  posts: number;
  medianEngagementRate: number;
  eligibleSlots: number;
  status: 'ok' | 'not_enough_data';
  slots: BestTimeSlot[];
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const avg = (values: readonly number[]) => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);

/** Applies the rule to the window's posts of one account. */
export function bestTimeFor(accountId: string, posts: readonly SlotPost[], rule: BestTimeRule = BEST_TIME_RULE): AccountBestTime {
  const mine = posts.filter((p) => p.accountId === accountId);
  const byHour = new Map<number, number[]>();
  for (const p of mine) byHour.set(p.hour, [...(byHour.get(p.hour) ?? []), p.engagementRate]);
  const eligible = [...byHour.entries()]
    .filter(([, rates]) => rates.length >= rule.minPostsPerSlot)
    .map(([hour, rates]) => ({ hour, posts: rates.length, medianEngagementRate: median(rates), avgEngagementRate: avg(rates) }))
    .sort((a, b) => b.medianEngagementRate - a.medianEngagementRate || b.posts - a.posts || a.hour - b.hour);
  return {
    accountId,
    posts: mine.length,
    medianEngagementRate: median(mine.map((p) => p.engagementRate)),
    eligibleSlots: eligible.length,
    status: eligible.length === 0 ? 'not_enough_data' : 'ok',
    slots: eligible.slice(0, rule.top),
  };
}
