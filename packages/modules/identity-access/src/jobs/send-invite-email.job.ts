import type { JobDefinition, ModuleContext } from '@resonance/http';
import { identityDb } from '../identity-db.js';
import { inviteStatus } from '../invite-status.js';
import { findInviteRow } from '../invite.repository.js';

export const SEND_INVITE_EMAIL_JOB = 'identity.send-invite-email';

/** Job data. The link carries the invite code, which exists only here and in the recipient's inbox. */
export interface SendInviteEmailData {
  workspaceId: string;
  inviteId: string;
  to: string;
  link: string;
  workspaceName: string;
  role: string;
  inviterName: string;
  expiresAt: string;
}

/** Bilingual (zh-CN first, then English) invitation mail. */
export function inviteEmail(d: SendInviteEmailData): { subject: string; text: string } {
  const until = d.expiresAt.slice(0, 10);
  return {
    subject: `${d.inviterName} 邀请你加入「${d.workspaceName}」 / ${d.inviterName} invited you to ${d.workspaceName} on Resonance`,
    text: [
      `${d.inviterName} 邀请你以「${d.role}」角色加入 Resonance 工作区「${d.workspaceName}」。`,
      `打开以下链接接受邀请（${until} 前有效）：`,
      d.link,
      '',
      `${d.inviterName} invited you to join the Resonance workspace "${d.workspaceName}" as ${d.role}.`,
      `Open this link to accept (valid until ${until}):`,
      d.link,
      '',
      '如果你并不认识对方，请忽略本邮件。 / If you did not expect this, ignore this e-mail.',
    ].join('\n'),
  };
}

export function sendInviteEmailJob(): JobDefinition<SendInviteEmailData> {
  return {
    name: SEND_INVITE_EMAIL_JOB,
    retryLimit: 5,
    retryDelaySeconds: 30,
    retryBackoff: true,
    async handler(data: SendInviteEmailData, ctx: ModuleContext) {
      const invite = await findInviteRow(identityDb(ctx.db), data.workspaceId, data.inviteId);
      const status = invite ? inviteStatus(invite, ctx.clock.now()) : 'revoked';
      if (status !== 'pending') {
        ctx.logger.info('invite no longer pending; e-mail not sent', { inviteId: data.inviteId, status });
        return;
      }
      await ctx.mailer.send({ to: data.to, ...inviteEmail(data) });
    },
  };
}
