import type { Role } from '@resonance/kernel';
import type { IdentityDb } from './identity-db.js';
import type { WorkspacesTable } from './identity.schema.js';

export async function insertWorkspace(q: IdentityDb, row: WorkspacesTable): Promise<void> {
  await q.insertInto('workspaces').values(row).execute();
}

/** A workspace that is not deleted. */
export async function findWorkspaceRow(q: IdentityDb, workspaceId: string): Promise<WorkspacesTable | undefined> {
  return q.selectFrom('workspaces').selectAll().where('id', '=', workspaceId).where('deleted_at', 'is', null).executeTakeFirst();
}

export async function updateWorkspaceRow(q: IdentityDb, workspaceId: string, patch: { name?: string; time_zone?: string }): Promise<void> {
  if (patch.name === undefined && patch.time_zone === undefined) return;
  await q.updateTable('workspaces').set(patch).where('id', '=', workspaceId).where('deleted_at', 'is', null).execute();
}

export async function softDeleteWorkspaceRow(q: IdentityDb, workspaceId: string, at: Date): Promise<boolean> {
  const res = await q.updateTable('workspaces').set({ deleted_at: at }).where('id', '=', workspaceId).where('deleted_at', 'is', null).executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

export interface WorkspaceOfUser {
  id: string;
  name: string;
  time_zone: string;
  role: Role;
}

/** The workspaces a user belongs to (not deleted), oldest membership first. */
export async function listWorkspacesOfUser(q: IdentityDb, userId: string): Promise<WorkspaceOfUser[]> {
  return q
    .selectFrom('memberships')
    .innerJoin('workspaces', 'workspaces.id', 'memberships.workspace_id')
    .select(['workspaces.id', 'workspaces.name', 'workspaces.time_zone', 'memberships.role'])
    .where('memberships.user_id', '=', userId)
    .where('workspaces.deleted_at', 'is', null)
    .orderBy('memberships.created_at')
    .orderBy('workspaces.id')
    .execute();
}
