import type { IdentityDb } from './identity-db.js';
import type { ApiTokensTable } from './identity.schema.js';

export async function insertApiToken(q: IdentityDb, row: ApiTokensTable): Promise<void> {
  await q.insertInto('api_tokens').values(row).execute();
}

/** A live-or-not token by its hash, with whether its workspace still exists. */
export async function findApiTokenByHash(q: IdentityDb, tokenHash: string) {
  return q
    .selectFrom('api_tokens')
    .innerJoin('workspaces', 'workspaces.id', 'api_tokens.workspace_id')
    .selectAll('api_tokens')
    .select('workspaces.deleted_at as workspace_deleted_at')
    .where('api_tokens.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function touchApiToken(q: IdentityDb, workspaceId: string, tokenId: string, at: Date): Promise<void> {
  await q.updateTable('api_tokens').set({ last_used_at: at }).where('workspace_id', '=', workspaceId).where('id', '=', tokenId).execute();
}

/** Tokens not revoked, newest first (expired ones included so the UI can show them as expired). */
export async function listApiTokenRows(q: IdentityDb, workspaceId: string): Promise<ApiTokensTable[]> {
  return q
    .selectFrom('api_tokens')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function revokeApiTokenRow(q: IdentityDb, workspaceId: string, tokenId: string, at: Date): Promise<ApiTokensTable | undefined> {
  return q
    .updateTable('api_tokens')
    .set({ revoked_at: at })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', tokenId)
    .where('revoked_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}
