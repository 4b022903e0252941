import type { IdentityDb } from './identity-db.js';
import type { InvitesTable } from './identity.schema.js';

export async function insertInvite(q: IdentityDb, row: InvitesTable): Promise<void> {
  await q.insertInto('invites').values(row).execute();
}

/** Invites neither accepted nor revoked nor expired, newest first. */
export async function listPendingInviteRows(q: IdentityDb, workspaceId: string, now: Date): Promise<InvitesTable[]> {
  return q
    .selectFrom('invites')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function findInviteRow(q: IdentityDb, workspaceId: string, inviteId: string): Promise<InvitesTable | undefined> {
  return q.selectFrom('invites').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', inviteId).executeTakeFirst();
}

/** The invite behind a code, with its workspace's name (deleted workspaces are left out). `lock` inside a transaction. */
export async function findInviteByCodeHash(q: IdentityDb, codeHash: string, lock = false) {
  let query = q
    .selectFrom('invites')
    .innerJoin('workspaces', 'workspaces.id', 'invites.workspace_id')
    .selectAll('invites')
    .select('workspaces.name as workspace_name')
    .where('invites.code_hash', '=', codeHash)
    .where('workspaces.deleted_at', 'is', null);
  if (lock) query = query.forUpdate('invites');
  return query.executeTakeFirst();
}

export async function markInviteAccepted(q: IdentityDb, inviteId: string, userId: string, at: Date): Promise<void> {
  await q.updateTable('invites').set({ accepted_at: at, accepted_by: userId }).where('id', '=', inviteId).execute();
}

export async function revokeInviteRow(q: IdentityDb, workspaceId: string, inviteId: string, at: Date): Promise<InvitesTable | undefined> {
  return q
    .updateTable('invites')
    .set({ revoked_at: at })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', inviteId)
    .where('revoked_at', 'is', null)
    .where('accepted_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}
