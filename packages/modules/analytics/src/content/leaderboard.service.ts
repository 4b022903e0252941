import type { Database } from '@resonance/db';
import { invalidField } from '@resonance/kernel';
import type { z } from 'zod';
import { withRates } from './content-metrics.js';
import { selectPostMetrics, type PostRow } from './content.repository.js';
import type { postSchema, postsResponse, PostSort } from './content.schema.js';
import { contentScope, type ContentEnv, type ContentFilters } from './content-scope.js';

export type LeaderboardPost = z.infer<typeof postSchema>;
export type Leaderboard = z.infer<typeof postsResponse>;

export interface LeaderboardOptions extends ContentFilters {
  sort?: PostSort;
  order?: 'asc' | 'desc';
  limit?: number;
  cursor?: string;
}

/** The cursor is the position in the sorted list (the list is recomputed per request, ties broken deterministically). */
const encodeCursor = (offset: number) => `o${offset}`;
function decodeCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  const m = /^o(\d{1,9})$/.exec(cursor);
  if (!m) throw invalidField('query.cursor', 'is not a cursor from a previous page');
  return Number(m[1]);
}

export function toPost(r: PostRow, nameOf: ReadonlyMap<string, string>): LeaderboardPost {
  return {
    publicationId: r.publicationId,
    accountId: r.accountId,
    accountName: r.accountId ? (nameOf.get(r.accountId) ?? null) : null,
    platform: r.platform,
    title: r.title,
    excerpt: r.excerpt,
    permalink: r.permalink,
    mediaKind: r.mediaKind,
    pillar: r.pillar,
    funnelStage: r.funnelStage,
    publishedAt: r.publishedAt.toISOString(),
    metrics: withRates(r.base),
  };
}

/**
 * Posts published in [from, to] with every post metric, sorted by one of them (ties: newer first, then
 * publication id), a page at a time.
 */
export async function postLeaderboard(db: Database, workspaceId: string, opts: LeaderboardOptions, env: ContentEnv): Promise<Leaderboard> {
  const scope = contentScope(workspaceId, opts, env);
  const sort = opts.sort ?? 'engagements';
  const order = opts.order ?? 'desc';
  const limit = opts.limit ?? 50;
  const offset = decodeCursor(opts.cursor);
  const nameOf = new Map(env.accounts.map((a) => [a.id, a.name]));
  const posts = (await selectPostMetrics(db, scope)).map((r) => toPost(r, nameOf));
  const dir = order === 'asc' ? 1 : -1;
  const value = (p: LeaderboardPost) => (sort === 'published_at' ? Date.parse(p.publishedAt) : p.metrics[sort]);
  posts.sort(
    (a, b) =>
      dir * (value(a) - value(b)) ||
      Date.parse(b.publishedAt) - Date.parse(a.publishedAt) ||
      (a.publicationId < b.publicationId ? -1 : a.publicationId > b.publicationId ? 1 : 0),
  );
  const items = posts.slice(offset, offset + limit);
  return {
    timeZone: scope.timeZone,
    range: { from: scope.from, to: scope.to },
    sort,
    order,
    total: posts.length,
    items,
    nextCursor: offset + limit < posts.length ? encodeCursor(offset + limit) : null,
  };
}
