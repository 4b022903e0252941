import { conflict, newId, newSecret, notFound, type Role } from '@resonance/kernel';
import type { ModuleContext } from '@resonance/http';
import { identityDb } from './identity-db.js';
import type { InvitesTable } from './identity.schema.js';
import { INVITE_TTL_DAYS, inviteStatus, type InviteStatus } from './invite-status.js';
import { findInviteByCodeHash, findInviteRow, insertInvite, listPendingInviteRows, revokeInviteRow } from './invite.repository.js';
import { SEND_INVITE_EMAIL_JOB, type SendInviteEmailData } from './jobs/send-invite-email.job.js';
import { assertCanGrant } from './role-rules.js';
import { addMs, DAY_MS, sha256Hex } from './secrets.js';
import { findUserRowById } from './user.repository.js';
import { findWorkspaceRow } from './workspace.repository.js';

export type InviteDeps = Pick<ModuleContext, 'db' | 'clock' | 'jobs' | 'mailer' | 'config'>;

export interface PendingInvite {
  id: string;
  email: string | null;
  role: Role;
  createdBy: string;
  createdAt: Date;
  expiresAt: Date;
}

const toPending = (r: InvitesTable): PendingInvite => ({
  id: r.id,
  email: r.email,
  role: r.role,
  createdBy: r.created_by,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
});

/**
 * Creates an invite link (the code is random and stored hashed) and, when SMTP is configured and an
 * e-mail is given, queues the invitation mail. Without mail the admin shares the returned link.
 */
export async function createInvite(
  deps: InviteDeps,
  input: { workspaceId: string; actorRole: Role; createdBy: string; email?: string; role: Role },
): Promise<PendingInvite & { link: string; emailed: boolean }> {
  assertCanGrant(input.actorRole, input.role);
  const q = identityDb(deps.db);
  const ws = await findWorkspaceRow(q, input.workspaceId);
  if (!ws) throw notFound('workspace');
  const now = deps.clock.now();
  const code = newSecret(24);
  const row: InvitesTable = {
    id: newId('inv', now.getTime()),
    workspace_id: input.workspaceId,
    email: input.email?.trim().toLowerCase() || null,
    role: input.role,
    code_hash: sha256Hex(code),
    created_by: input.createdBy,
    created_at: now,
    expires_at: addMs(now, INVITE_TTL_DAYS * DAY_MS),
    accepted_at: null,
    accepted_by: null,
    revoked_at: null,
  };
  await insertInvite(q, row);
  const link = `${deps.config.publicUrl.replace(/\/+$/, '')}/invite/${code}`;
  let emailed = false;
  if (deps.mailer.configured && row.email) {
    const inviter = await findUserRowById(q, input.createdBy);
    const data: SendInviteEmailData = {
      workspaceId: ws.id,
      inviteId: row.id,
      to: row.email,
      link,
      workspaceName: ws.name,
      role: row.role,
      inviterName: inviter?.name ?? 'Resonance',
      expiresAt: row.expires_at.toISOString(),
    };
    await deps.jobs.send(SEND_INVITE_EMAIL_JOB, data, { retryLimit: 5, singletonKey: row.id });
    emailed = true;
  }
  return { ...toPending(row), link, emailed };
}

export async function listPendingInvites(deps: Pick<InviteDeps, 'db' | 'clock'>, workspaceId: string): Promise<PendingInvite[]> {
  return (await listPendingInviteRows(identityDb(deps.db), workspaceId, deps.clock.now())).map(toPending);
}

/** Revokes an invite of this workspace (repeat revokes are no-ops); an accepted invite → 409. */
export async function revokeInvite(deps: Pick<InviteDeps, 'db' | 'clock'>, workspaceId: string, inviteId: string): Promise<PendingInvite> {
  const q = identityDb(deps.db);
  const revoked = await revokeInviteRow(q, workspaceId, inviteId, deps.clock.now());
  if (revoked) return toPending(revoked);
  const row = await findInviteRow(q, workspaceId, inviteId);
  if (!row) throw notFound('invite');
  if (row.accepted_at) throw conflict('This invite was already accepted; remove the member instead');
  return toPending(row);
}

export interface InvitePreview {
  workspaceName: string;
  role: Role;
  email: string | null;
  expiresAt: Date;
  status: InviteStatus;
}

/** What the invite page shows before accepting; an unknown code → 404. */
export async function previewInvite(deps: Pick<InviteDeps, 'db' | 'clock'>, code: string): Promise<InvitePreview> {
  const row = await findInviteByCodeHash(identityDb(deps.db), sha256Hex(code));
  if (!row) throw notFound('invite');
  return { workspaceName: row.workspace_name, role: row.role, email: row.email, expiresAt: row.expires_at, status: inviteStatus(row, deps.clock.now()) };
}
