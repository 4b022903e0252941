import type { Database } from '@resonance/db';
import { POST_BASE_METRICS, type PostBaseMetrics } from './content-metrics.js';
import { groupMetricsQuery, postMetricsQuery, type GroupColumn, type PostScope } from './content.sql.js';

export interface PostRow {
  publicationId: string;
  accountId: string | null;
  platform: string;
  publishedAt: Date;
  title: string | null;
  excerpt: string | null;
  permalink: string | null;
  mediaKind: string | null;
  pillar: string | null;
  funnelStage: string | null;
  /** ISO weekday (1 = Monday) and hour of publication, local. */
  weekday: number;
  hour: number;
  base: PostBaseMetrics;
}

export interface GroupRow {
  key: string | null;
  posts: number;
  base: PostBaseMetrics;
}

type Raw = Record<string, unknown>;
const baseOf = (r: Raw): PostBaseMetrics => Object.fromEntries(POST_BASE_METRICS.map((id) => [id, Number(r[id] ?? 0)])) as PostBaseMetrics;
const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export async function selectPostMetrics(db: Database, s: PostScope): Promise<PostRow[]> {
  const q = postMetricsQuery(s);
  const rows = await db.query<Raw>(q.sql, q.values);
  return rows.map((r) => ({
    publicationId: String(r.publication_id),
    accountId: text(r.account_id),
    platform: String(r.platform),
    publishedAt: r.published_at instanceof Date ? r.published_at : new Date(String(r.published_at)),
    title: text(r.title),
    excerpt: text(r.excerpt),
    permalink: text(r.permalink),
    mediaKind: text(r.media_kind),
    pillar: text(r.pillar),
    funnelStage: text(r.funnel_stage),
    weekday: Number(r.weekday),
    hour: Number(r.hour),
    base: baseOf(r),
  }));
}

export async function selectGroupMetrics(db: Database, s: PostScope, by: GroupColumn): Promise<GroupRow[]> {
  const q = groupMetricsQuery(s, by);
  const rows = await db.query<Raw>(q.sql, q.values);
  return rows.map((r) => ({ key: text(r.key), posts: Number(r.posts), base: baseOf(r) }));
}
