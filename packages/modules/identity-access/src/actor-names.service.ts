import type { Database } from '@resonance/db';
import { identityDb } from './identity-db.js';

/** Display names for audit actors: users by id (any user), API tokens by id within the workspace. */
export async function actorNames(db: Database, workspaceId: string, ids: readonly string[]): Promise<Record<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return {};
  const q = identityDb(db);
  const users = await q.selectFrom('users').select(['id', 'name', 'email']).where('id', 'in', unique).execute();
  const tokens = await q
    .selectFrom('api_tokens')
    .select(['id', 'name'])
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', unique)
    .execute();
  const names: Record<string, string> = {};
  for (const u of users) names[u.id] = `${u.name} <${u.email}>`;
  for (const t of tokens) names[t.id] = `API token “${t.name}”`;
  return names;
}
