import type { Sql } from '../tx.js';

export interface CommentRecord {
  id: string;
  contentId: string;
  variantId: string | null;
  authorId: string;
  body: string;
  mentions: string[];
  edited: boolean;
  createdAt: Date;
  updatedAt: Date;
}

interface CommentRow {
  id: string;
  content_id: string;
  variant_id: string | null;
  author_id: string;
  body: string;
  mentions: string[];
  edited: boolean;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = 'id, content_id, variant_id, author_id, body, mentions, edited, created_at, updated_at';
const toRecord = (r: CommentRow): CommentRecord => ({
  id: r.id,
  contentId: r.content_id,
  variantId: r.variant_id,
  authorId: r.author_id,
  body: r.body,
  mentions: r.mentions,
  edited: r.edited,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const COMMENTS_LIMIT = 500;

/** Oldest first (a thread reads top-down); `variantId` narrows to the comments about one variant. */
export async function listCommentRows(db: Sql, workspaceId: string, contentId: string, variantId?: string): Promise<CommentRecord[]> {
  const rows = await db.query<CommentRow>(
    `select ${COLUMNS} from content_comments
      where workspace_id = $1 and content_id = $2 and ($3::text is null or variant_id = $3)
      order by created_at, id limit ${COMMENTS_LIMIT}`,
    [workspaceId, contentId, variantId ?? null],
  );
  return rows.map(toRecord);
}

export async function findCommentRow(db: Sql, workspaceId: string, contentId: string, commentId: string): Promise<CommentRecord | null> {
  const [r] = await db.query<CommentRow>(`select ${COLUMNS} from content_comments where workspace_id = $1 and content_id = $2 and id = $3`, [
    workspaceId,
    contentId,
    commentId,
  ]);
  return r ? toRecord(r) : null;
}

export async function findCommentByKey(db: Sql, workspaceId: string, authorId: string, key: string): Promise<CommentRecord | null> {
  const [r] = await db.query<CommentRow>(
    `select ${COLUMNS} from content_comments where workspace_id = $1 and author_id = $2 and idempotency_key = $3`,
    [workspaceId, authorId, key],
  );
  return r ? toRecord(r) : null;
}

/** Inserts unless the author already used the idempotency key (then returns null). */
export async function insertCommentRow(db: Sql, workspaceId: string, c: CommentRecord, key: string | null): Promise<CommentRecord | null> {
  const [r] = await db.query<CommentRow>(
    `insert into content_comments (id, workspace_id, content_id, variant_id, author_id, body, mentions, idempotency_key, edited, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7::text[], $8, false, $9, $9)
     on conflict do nothing
     returning ${COLUMNS}`,
    [c.id, workspaceId, c.contentId, c.variantId, c.authorId, c.body, c.mentions, key, c.createdAt],
  );
  return r ? toRecord(r) : null;
}

export async function updateCommentRow(db: Sql, workspaceId: string, id: string, body: string, mentions: string[], at: Date): Promise<CommentRecord | null> {
  const [r] = await db.query<CommentRow>(
    `update content_comments set body = $3, mentions = $4::text[], edited = true, updated_at = $5
      where workspace_id = $1 and id = $2 returning ${COLUMNS}`,
    [workspaceId, id, body, mentions, at],
  );
  return r ? toRecord(r) : null;
}

export async function deleteCommentRow(db: Sql, workspaceId: string, id: string): Promise<boolean> {
  return (await db.query(`delete from content_comments where workspace_id = $1 and id = $2 returning id`, [workspaceId, id])).length === 1;
}

export interface ItemRef {
  id: string;
  title: string | null;
  body: string;
}

export async function findItemRef(db: Sql, workspaceId: string, contentId: string): Promise<ItemRef | null> {
  const [r] = await db.query<ItemRef>(`select id, title, body from content_items where workspace_id = $1 and id = $2`, [workspaceId, contentId]);
  return r ?? null;
}

export async function variantBelongs(db: Sql, workspaceId: string, contentId: string, variantId: string): Promise<boolean> {
  const rows = await db.query(`select 1 from content_variants where workspace_id = $1 and content_id = $2 and id = $3`, [workspaceId, contentId, variantId]);
  return rows.length === 1;
}
