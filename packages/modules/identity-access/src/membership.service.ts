import { isRole, invalidField, notFound, systemClock, type Clock, type Role } from '@resonance/kernel';
import type { Database } from '@resonance/db';
import { identityDb } from './identity-db.js';
import { deleteMembership, findMemberRole, insertMembership, listMemberRows, lockOwners, updateMemberRole } from './membership.repository.js';
import { assertMemberChangeAllowed } from './role-rules.js';
import { findUserRowById } from './user.repository.js';
import { findWorkspaceRow } from './workspace.repository.js';
import type { Member } from './workspace.dto.js';

/** Adds a user to a workspace with a role (no-op when already a member). Returns whether it was added. */
export async function addMember(db: Database, workspaceId: string, userId: string, role: Role, clock: Clock = systemClock): Promise<boolean> {
  if (!isRole(role)) throw invalidField('body.role', 'is not a role');
  const q = identityDb(db);
  if (!(await findWorkspaceRow(q, workspaceId))) throw notFound('workspace');
  if (!(await findUserRowById(q, userId))) throw notFound('user');
  return insertMembership(q, workspaceId, userId, role, clock.now());
}

export function listMembers(db: Database, workspaceId: string): Promise<Member[]> {
  return listMemberRows(identityDb(db), workspaceId);
}

/** Role of a user in a workspace that is not deleted, or null. */
export async function memberRole(db: Database, workspaceId: string, userId: string): Promise<Role | null> {
  return (await findMemberRole(identityDb(db), workspaceId, userId)) ?? null;
}

/**
 * Changes a member's role (newRole) or removes the member (newRole null) under the role rules,
 * with the workspace's owner rows locked so two owners cannot demote each other at once.
 */
async function changeMember(db: Database, workspaceId: string, actorRole: Role, userId: string, newRole: Role | null): Promise<{ before: Role }> {
  return identityDb(db)
    .transaction()
    .execute(async (trx) => {
      const ownerCount = await lockOwners(trx, workspaceId);
      const targetRole = await findMemberRole(trx, workspaceId, userId);
      if (!targetRole) throw notFound('member');
      assertMemberChangeAllowed({ actorRole, targetRole, newRole, ownerCount });
      if (newRole === null) await deleteMembership(trx, workspaceId, userId);
      else if (newRole !== targetRole) await updateMemberRole(trx, workspaceId, userId, newRole);
      return { before: targetRole };
    });
}

export async function changeMemberRole(db: Database, workspaceId: string, actorRole: Role, userId: string, role: Role): Promise<{ before: Role; after: Role }> {
  const { before } = await changeMember(db, workspaceId, actorRole, userId, role);
  return { before, after: role };
}

export async function removeMember(db: Database, workspaceId: string, actorRole: Role, userId: string): Promise<{ before: Role }> {
  return changeMember(db, workspaceId, actorRole, userId, null);
}
