import { AppError } from '@resonance/kernel';
import type { InvitesTable } from './identity.schema.js';

export const INVITE_STATUSES = ['pending', 'accepted', 'expired', 'revoked'] as const;
export type InviteStatus = (typeof INVITE_STATUSES)[number];

/** Invites are valid for 7 days. */
export const INVITE_TTL_DAYS = 7;

/** Revoked wins over accepted wins over expired: the most deliberate event decides. */
export function inviteStatus(invite: Pick<InvitesTable, 'revoked_at' | 'accepted_at' | 'expires_at'>, now: Date): InviteStatus {
  if (invite.revoked_at) return 'revoked';
  if (invite.accepted_at) return 'accepted';
  if (now.getTime() >= invite.expires_at.getTime()) return 'expired';
  return 'pending';
}

export const inviteUnusable = (status: InviteStatus) =>
  new AppError('invite_unusable', `This invite can no longer be used (${status})`, 410, { status });
