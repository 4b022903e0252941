import type { Database } from '@resonance/db';
import { invalidField, notFound } from '@resonance/kernel';
import { selectDailyAndTotals, selectFollowers, selectRange, selectTopPosts } from './overview.repository.js';
import type { AnalyticsAccount, Overview, OverviewOptions } from './overview.types.js';

export const DEFAULT_DAYS = 28;
export const MIN_DAYS = 7;
export const MAX_DAYS = 90;
const TOP_POSTS = 10;

export interface OverviewInput extends OverviewOptions {
  timeZone: string;
  accounts: readonly AnalyticsAccount[];
}

/**
 * The Overview of one workspace: every number comes from SQL over the event store (see README.md
 * for the definitions). `accounts` are the workspace's accounts (names for the report); an
 * `accountId` that is not one of them is not found.
 */
export async function computeOverview(db: Database, workspaceId: string, opts: OverviewInput): Promise<Overview> {
  const days = opts.days ?? DEFAULT_DAYS;
  if (!Number.isInteger(days) || days < MIN_DAYS || days > MAX_DAYS) throw invalidField('query.days', `must be a whole number from ${MIN_DAYS} to ${MAX_DAYS}`);
  const accounts = opts.accountId ? opts.accounts.filter((a) => a.id === opts.accountId) : [...opts.accounts];
  if (opts.accountId && accounts.length === 0) throw notFound('account');
  const accountId = opts.accountId ?? null;
  const r = await selectRange(db, opts.now ?? new Date(), opts.timeZone, days);
  const [series, followers, top] = await Promise.all([
    selectDailyAndTotals(db, workspaceId, opts.timeZone, r, accountId),
    selectFollowers(db, workspaceId, r, accountId),
    selectTopPosts(db, workspaceId, r, accountId, TOP_POSTS),
  ]);
  const total = followers.find((f) => f.is_total);
  const byAccount = new Map(followers.filter((f) => !f.is_total).map((f) => [f.account_id, f]));
  const nameOf = new Map(opts.accounts.map((a) => [a.id, a.name]));
  return {
    timeZone: opts.timeZone,
    range: { days, from: r.from, to: r.to, previousFrom: r.previousFrom, previousTo: r.previousTo },
    totals: {
      followers: { current: total?.followers ?? 0, previous: total?.followers_prev ?? 0 },
      netFollows: { current: total?.net ?? 0, previous: total?.net_prev ?? 0 },
      postsPublished: { current: series.cur.posts, previous: series.prev.posts },
      impressions: { current: series.cur.impressions, previous: series.prev.impressions },
      engagements: { current: series.cur.engagements, previous: series.prev.engagements },
      engagementRate: { current: series.cur.engagement_rate, previous: series.prev.engagement_rate },
    },
    followersByAccount: accounts.map((a) => ({
      accountId: a.id,
      accountName: a.name,
      platform: a.platform,
      simulates: a.simulates,
      followers: byAccount.get(a.id)?.followers ?? 0,
      netFollows: byAccount.get(a.id)?.net ?? 0,
    })),
    topPosts: top.map((p) => ({
      publicationId: p.publicationId,
      accountId: p.accountId,
      accountName: nameOf.get(p.accountId) ?? p.accountId,
      title: p.title,
      excerpt: p.excerpt,
      permalink: p.permalink,
      publishedAt: p.publishedAt.toISOString(),
      impressions: p.impressions,
      engagements: p.engagements,
      engagementRate: p.engagementRate,
    })),
    daily: series.daily,
  };
}
