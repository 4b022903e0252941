import { invalidField, newId, notFound, systemClock, type Clock, type Role } from '@resonance/kernel';
import type { Database } from '@resonance/db';
import { identityDb } from './identity-db.js';
import type { WorkspacesTable } from './identity.schema.js';
import { findUserRowById } from './user.repository.js';
import { parseField } from './user.dto.js';
import { DEFAULT_TIME_ZONE, timeZoneField, workspaceNameField, type MyWorkspace } from './workspace.dto.js';
import { insertMembership } from './membership.repository.js';
import { findWorkspaceRow, insertWorkspace, listWorkspacesOfUser, softDeleteWorkspaceRow, updateWorkspaceRow } from './workspace.repository.js';

export interface Workspace {
  id: string;
  name: string;
  timeZone: string;
  createdAt: Date;
}

const toWorkspace = (r: WorkspacesTable): Workspace => ({ id: r.id, name: r.name, timeZone: r.time_zone, createdAt: r.created_at });

/** Creates a workspace whose first member, `ownerUserId`, is its owner (one transaction). */
export async function createWorkspace(
  db: Database,
  input: { name: string; ownerUserId: string; timeZone?: string },
  clock: Clock = systemClock,
): Promise<Workspace> {
  const name = parseField(workspaceNameField, input.name, 'body.name');
  const timeZone = parseField(timeZoneField, input.timeZone ?? DEFAULT_TIME_ZONE, 'body.timeZone');
  const now = clock.now();
  const row: WorkspacesTable = { id: newId('ws', now.getTime()), name, time_zone: timeZone, created_by: input.ownerUserId, created_at: now, deleted_at: null };
  await identityDb(db)
    .transaction()
    .execute(async (trx) => {
      if (!(await findUserRowById(trx, input.ownerUserId))) throw notFound('user');
      await insertWorkspace(trx, row);
      await insertMembership(trx, row.id, input.ownerUserId, 'owner', now);
    });
  return toWorkspace(row);
}

export async function getWorkspace(db: Database, workspaceId: string): Promise<Workspace> {
  const row = await findWorkspaceRow(identityDb(db), workspaceId);
  if (!row) throw notFound('workspace');
  return toWorkspace(row);
}

export async function listMyWorkspaces(db: Database, userId: string): Promise<MyWorkspace[]> {
  const rows = await listWorkspacesOfUser(identityDb(db), userId);
  return rows.map((r) => ({ id: r.id, name: r.name, role: r.role as Role, timeZone: r.time_zone }));
}

/** Renames and/or moves the workspace to another time zone; returns before/after for the audit entry. */
export async function updateWorkspace(
  db: Database,
  workspaceId: string,
  patch: { name?: string; timeZone?: string },
): Promise<{ before: Workspace; after: Workspace }> {
  const q = identityDb(db);
  const before = await getWorkspace(db, workspaceId);
  const name = patch.name === undefined ? undefined : parseField(workspaceNameField, patch.name, 'body.name');
  const timeZone = patch.timeZone === undefined ? undefined : parseField(timeZoneField, patch.timeZone, 'body.timeZone');
  await updateWorkspaceRow(q, workspaceId, { name, time_zone: timeZone });
  return { before, after: { ...before, name: name ?? before.name, timeZone: timeZone ?? before.timeZone } };
}

/** Soft-deletes the workspace once the caller has typed its exact name. */
export async function deleteWorkspace(db: Database, clock: Clock, workspaceId: string, confirmName: string): Promise<Workspace> {
  const ws = await getWorkspace(db, workspaceId);
  if (confirmName !== ws.name) throw invalidField('body.confirmName', 'must equal the workspace name exactly');
  if (!(await softDeleteWorkspaceRow(identityDb(db), workspaceId, clock.now()))) throw notFound('workspace');
  return ws;
}
