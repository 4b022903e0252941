import type { Database } from '@resonance/db';
import type { z } from 'zod';
import { POST_METRICS, withRates, type PostMetrics } from './content-metrics.js';
import { selectGroupMetrics, selectPostMetrics, type PostRow } from './content.repository.js';
import type { CompareBy, compareResponse } from './content.schema.js';
import type { GroupColumn } from './content.sql.js';
import { contentScope, type ContentEnv, type ContentFilters } from './content-scope.js';

export type ContentComparison = z.infer<typeof compareResponse>;

const COLUMN: Record<CompareBy, GroupColumn> = { platform: 'platform', pillar: 'pillar', funnelStage: 'funnel_stage', account: 'account_id' };
const keyOf = (r: PostRow, by: CompareBy): string | null =>
  by === 'platform' ? r.platform : by === 'pillar' ? r.pillar : by === 'funnelStage' ? r.funnelStage : r.accountId;

function mean(rows: readonly PostMetrics[]): PostMetrics {
  const out = Object.fromEntries(POST_METRICS.map((id) => [id, 0])) as PostMetrics;
  if (rows.length === 0) return out;
  for (const id of POST_METRICS) out[id] = rows.reduce((s, r) => s + r[id], 0) / rows.length;
  return out;
}

/**
 * The post metrics per platform, pillar, funnel stage or account: the group's events together
 * (`metrics`, rates from the group's sums, reach = distinct fans across its posts) and the mean of
 * its posts' own values (`perPost`). Groups by most posts first.
 */
export async function compareContent(db: Database, workspaceId: string, opts: ContentFilters & { by?: CompareBy }, env: ContentEnv): Promise<ContentComparison> {
  const by = opts.by ?? 'platform';
  const scope = contentScope(workspaceId, opts, env);
  const [groups, posts] = await Promise.all([selectGroupMetrics(db, scope, COLUMN[by]), selectPostMetrics(db, scope)]);
  const perPost = new Map<string | null, PostMetrics[]>();
  for (const p of posts) {
    const k = keyOf(p, by);
    perPost.set(k, [...(perPost.get(k) ?? []), withRates(p.base)]);
  }
  const nameOf = new Map(env.accounts.map((a) => [a.id, a.name]));
  return {
    timeZone: scope.timeZone,
    range: { from: scope.from, to: scope.to },
    by,
    groups: groups
      .map((g) => ({
        key: g.key,
        label: by === 'account' && g.key ? (nameOf.get(g.key) ?? null) : null,
        posts: g.posts,
        metrics: withRates(g.base),
        perPost: mean(perPost.get(g.key) ?? []),
      }))
      .sort((a, b) => b.posts - a.posts || (a.key ?? '\uffff').localeCompare(b.key ?? '\uffff')),
  };
}
