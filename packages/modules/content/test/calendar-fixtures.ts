import type { Database } from '@resonance/db';

/** Test rows written straight into the content tables (the studio's services are not under test here). */
export async function insertItem(
  db: Database,
  ws: string,
  id: string,
  f: { status?: string; title?: string | null; body?: string; brandId?: string | null; pillar?: string | null; stage?: string | null; campaign?: string | null } = {},
): Promise<void> {
  const at = new Date('2026-03-01T00:00:00Z');
  await db.query(
    `insert into content_items (id, workspace_id, brand_id, title, body, pillar, funnel_stage, campaign, owner_id, status, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, 'usr_owner', $9, $10, $10)`,
    [id, ws, f.brandId ?? null, f.title === undefined ? `title ${id}` : f.title, f.body ?? '', f.pillar ?? null, f.stage ?? null, f.campaign ?? null, f.status ?? 'draft', at],
  );
}

export async function insertVariant(db: Database, ws: string, id: string, contentId: string, accountId: string, scheduledAt: string | null = null): Promise<void> {
  const at = new Date('2026-03-01T00:00:00Z');
  await db.query(
    `insert into content_variants (id, workspace_id, content_id, account_id, platform, created_at, updated_at, scheduled_at)
     values ($1, $2, $3, $4, 'weibo', $5, $5, $6)`,
    [id, ws, contentId, accountId, at, scheduledAt ? new Date(scheduledAt) : null],
  );
}
