import type { Database } from '@resonance/db';

export interface PublicationRow {
  id: string;
  account_id: string;
  brand_id: string | null;
  remote_id: string | null;
  permalink: string | null;
  title: string | null;
  text: string;
  media_kind: string;
  media_count: number;
  hashtags: string[];
  funnel_stage: string | null;
  pillar: string | null;
  status: string;
  published_at: Date | null;
  created_at: Date;
}

export const PUBLICATION_COLUMNS = [
  'id', 'workspace_id', 'account_id', 'brand_id', 'remote_id', 'permalink', 'title', 'text', 'media_kind', 'media_count',
  'hashtags', 'funnel_stage', 'pillar', 'status', 'idempotency_key', 'published_at', 'created_at', 'content_id', 'variant_id',
] as const;

const CHUNK = 10_000;

export async function copyPublicationRows(db: Database, rows: unknown[][]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await db.copyRows('publications', PUBLICATION_COLUMNS, rows.slice(i, i + CHUNK));
}

export interface PublicationFilter {
  accountId?: string;
  from?: Date;
  to?: Date;
  /** Keyset position: rows strictly after (publishedAt, id) in newest-first order. */
  after?: { publishedAt: Date; id: string };
  limit: number;
}

export async function selectPublications(db: Database, workspaceId: string, f: PublicationFilter): Promise<PublicationRow[]> {
  return db.query<PublicationRow>(
    `select id, account_id, brand_id, remote_id, permalink, title, text, media_kind, media_count, hashtags, funnel_stage, pillar,
            status, published_at, created_at
       from publications
      where workspace_id = $1 and published_at is not null
        and ($2::text is null or account_id = $2)
        and ($3::timestamptz is null or published_at >= $3)
        and ($4::timestamptz is null or published_at < $4)
        and ($5::timestamptz is null or (published_at, id) < ($5, $6::text))
      order by published_at desc, id desc
      limit $7`,
    [workspaceId, f.accountId ?? null, f.from ?? null, f.to ?? null, f.after?.publishedAt ?? null, f.after?.id ?? null, f.limit],
  );
}
