import type { Role } from '@resonance/kernel';
import type { IdentityDb } from './identity-db.js';

/** Adds a member; an existing membership is left as it is (idempotent). Returns whether it was added. */
export async function insertMembership(q: IdentityDb, workspaceId: string, userId: string, role: Role, at: Date): Promise<boolean> {
  const res = await q
    .insertInto('memberships')
    .values({ workspace_id: workspaceId, user_id: userId, role, created_at: at })
    .onConflict((oc) => oc.columns(['workspace_id', 'user_id']).doNothing())
    .returning('user_id')
    .execute();
  return res.length > 0;
}

/** The member's role in a workspace that is not deleted, or undefined. */
export async function findMemberRole(q: IdentityDb, workspaceId: string, userId: string): Promise<Role | undefined> {
  const row = await q
    .selectFrom('memberships')
    .innerJoin('workspaces', 'workspaces.id', 'memberships.workspace_id')
    .select('memberships.role')
    .where('memberships.workspace_id', '=', workspaceId)
    .where('memberships.user_id', '=', userId)
    .where('workspaces.deleted_at', 'is', null)
    .executeTakeFirst();
  return row?.role;
}

export interface MemberRow {
  userId: string;
  email: string;
  name: string;
  role: Role;
  joinedAt: Date;
}

export async function listMemberRows(q: IdentityDb, workspaceId: string): Promise<MemberRow[]> {
  return q
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.id as userId', 'users.email', 'users.name', 'memberships.role', 'memberships.created_at as joinedAt'])
    .where('memberships.workspace_id', '=', workspaceId)
    .orderBy('memberships.created_at')
    .orderBy('users.id')
    .execute();
}

/** Locks the workspace's owner rows (inside a transaction) and counts them. */
export async function lockOwners(q: IdentityDb, workspaceId: string): Promise<number> {
  const rows = await q
    .selectFrom('memberships')
    .select('user_id')
    .where('workspace_id', '=', workspaceId)
    .where('role', '=', 'owner')
    .forUpdate()
    .execute();
  return rows.length;
}

export async function updateMemberRole(q: IdentityDb, workspaceId: string, userId: string, role: Role): Promise<void> {
  await q.updateTable('memberships').set({ role }).where('workspace_id', '=', workspaceId).where('user_id', '=', userId).execute();
}

export async function deleteMembership(q: IdentityDb, workspaceId: string, userId: string): Promise<void> {
  await q.deleteFrom('memberships').where('workspace_id', '=', workspaceId).where('user_id', '=', userId).execute();
}
