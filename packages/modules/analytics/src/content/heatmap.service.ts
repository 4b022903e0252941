import type { Database } from '@resonance/db';
import type { z } from 'zod';
import { withRates } from './content-metrics.js';
import { selectPostMetrics } from './content.repository.js';
import type { heatmapResponse } from './content.schema.js';
import { accountPlatform, contentScope, type ContentEnv } from './content-scope.js';
import { addDays } from './local-date.js';
import { BEST_TIME_RULE, bestTimeFor, type SlotPost } from './best-time.js';

export type ContentHeatmap = z.infer<typeof heatmapResponse>;

/**
 * When posts were published (ISO weekday × local hour in the workspace zone) with their mean
 * engagement rate and engagements, and the best-time suggestion per account (see best-time.ts).
 * Per-post numbers count events up to the end of `to`.
 */
export async function contentHeatmap(db: Database, workspaceId: string, opts: { from?: string; to?: string; accountId?: string }, env: ContentEnv): Promise<ContentHeatmap> {
  const scope = contentScope(workspaceId, opts, env);
  const windowFrom = addDays(scope.to, -(BEST_TIME_RULE.windowDays - 1));
  const [posts, windowPosts] = await Promise.all([selectPostMetrics(db, scope), selectPostMetrics(db, { ...scope, from: windowFrom })]);

  const cells = new Map<number, { weekday: number; hour: number; rates: number[]; engagements: number[] }>();
  for (const p of posts) {
    const key = p.weekday * 24 + p.hour;
    const c = cells.get(key) ?? { weekday: p.weekday, hour: p.hour, rates: [], engagements: [] };
    c.rates.push(withRates(p.base).engagement_rate_by_impressions);
    c.engagements.push(p.base.engagements);
    cells.set(key, c);
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

  const slotPosts: SlotPost[] = windowPosts.map((p) => ({ accountId: p.accountId, hour: p.hour, engagementRate: withRates(p.base).engagement_rate_by_impressions }));
  const accounts = scope.accountId ? env.accounts.filter((a) => a.id === scope.accountId) : env.accounts;
  return {
    timeZone: scope.timeZone,
    range: { from: scope.from, to: scope.to },
    posts: posts.length,
    cells: [...cells.entries()]
      .sort(([a], [b]) => a - b)
      .map(([, c]) => ({ weekday: c.weekday, hour: c.hour, posts: c.rates.length, avgEngagementRate: mean(c.rates), avgEngagements: mean(c.engagements) })),
    bestTimes: {
      rule: { ...BEST_TIME_RULE, tieBreak: [...BEST_TIME_RULE.tieBreak], windowFrom, windowTo: scope.to },
      accounts: accounts.map((a) => ({ ...bestTimeFor(a.id, slotPosts), accountName: a.name, platform: accountPlatform(a) })),
    },
  };
}
