import { notFound } from '@resonance/kernel';
import type { Queryable } from './fans.repository.js';

/** The profile a fan id now belongs to (itself unless merged; follows merge chains); unknown id → 404. */
export async function canonicalFanId(db: Queryable, workspaceId: string, fanId: string): Promise<string> {
  const rows = await db.query<{ id: string | null }>(
    `select coalesce((select canonical_id from fan_aliases where workspace_id = $1 and fan_id = $2),
                     (select id from fans where workspace_id = $1 and id = $2)) as id`,
    [workspaceId, fanId],
  );
  if (!rows[0]?.id) throw notFound('fan');
  return rows[0].id;
}
