import type { Queryable } from './fans.repository.js';

/**
 * Every fan id of a canonical profile's merge group: the canonical id first, then the ids merged
 * into it (directly or along a chain), oldest first. Records written on any of them belong to it.
 */
export async function mergeGroupIds(q: Queryable, workspaceId: string, canonicalId: string): Promise<string[]> {
  const rows = await q.query<{ fan_id: string }>(
    `select fan_id from fan_aliases where workspace_id = $1 and canonical_id = $2 order by fan_id`,
    [workspaceId, canonicalId],
  );
  return [canonicalId, ...rows.map((r) => r.fan_id)];
}
