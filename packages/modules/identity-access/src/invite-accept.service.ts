import { conflict, forbidden, invalidField, notFound, type Clock, type Role } from '@resonance/kernel';
import type { Database } from '@resonance/db';
import { identityDb } from './identity-db.js';
import { inviteStatus, inviteUnusable } from './invite-status.js';
import { findInviteByCodeHash, markInviteAccepted } from './invite.repository.js';
import { insertMembership } from './membership.repository.js';
import { sha256Hex } from './secrets.js';
import { startSession, type NewSession } from './session.service.js';
import { toUser, type User } from './user.dto.js';
import { findUserRowByEmail, findUserRowById, normalizeEmail } from './user.repository.js';
import { insertNewUser } from './user.service.js';

export type AcceptAs =
  /** A signed-in user joins with their own account. */
  | { kind: 'user'; userId: string }
  /** A newcomer signs up; e-mail is required when the invite names none. */
  | { kind: 'signup'; name?: string; password?: string; email?: string; ip: string; userAgent: string };

export interface AcceptResult {
  inviteId: string;
  user: User;
  workspaceId: string;
  role: Role;
  /** False when the user already was a member (their role is kept). */
  joined: boolean;
  /** Set for sign-ups: the new user is signed in. */
  session?: NewSession;
}

/**
 * Accepts an invite in one transaction (the invite row is locked, so it is used once).
 * Expired, revoked or accepted (by someone else) → 410; the same user accepting again is a no-op.
 */
export async function acceptInvite(db: Database, clock: Clock, code: string, as: AcceptAs): Promise<AcceptResult> {
  return identityDb(db)
    .transaction()
    .execute(async (trx) => {
      const invite = await findInviteByCodeHash(trx, sha256Hex(code), true);
      if (!invite) throw notFound('invite');
      const now = clock.now();
      const status = inviteStatus(invite, now);
      const ws = invite.workspace_id;

      if (as.kind === 'user') {
        const row = await findUserRowById(trx, as.userId);
        if (!row) throw notFound('user');
        if (status === 'accepted' && invite.accepted_by === row.id) {
          return { inviteId: invite.id, user: toUser(row), workspaceId: ws, role: invite.role, joined: false };
        }
        if (status !== 'pending') throw inviteUnusable(status);
        if (invite.email && normalizeEmail(invite.email) !== normalizeEmail(row.email)) {
          throw forbidden('This invite was sent to another e-mail address');
        }
        const joined = await insertMembership(trx, ws, row.id, invite.role, now);
        await markInviteAccepted(trx, invite.id, row.id, now);
        return { inviteId: invite.id, user: toUser(row), workspaceId: ws, role: invite.role, joined };
      }

      if (status !== 'pending') throw inviteUnusable(status);
      if (!as.name) throw invalidField('body.name', 'is required');
      if (as.password === undefined) throw invalidField('body.password', 'is required');
      const email = invite.email ?? as.email;
      if (!email) throw invalidField('body.email', 'is required');
      if (invite.email && as.email !== undefined && normalizeEmail(as.email) !== normalizeEmail(invite.email)) {
        throw forbidden('This invite was sent to another e-mail address');
      }
      if (await findUserRowByEmail(trx, email)) {
        throw conflict('An account with this e-mail already exists; sign in, then accept the invite', { field: 'body.email' });
      }
      const user = await insertNewUser(trx, { email, name: as.name, password: as.password }, clock);
      await insertMembership(trx, ws, user.id, invite.role, now);
      await markInviteAccepted(trx, invite.id, user.id, now);
      const session = await startSession(trx, clock, { userId: user.id, ip: as.ip, userAgent: as.userAgent });
      return { inviteId: invite.id, user, workspaceId: ws, role: invite.role, joined: true, session };
    });
}
