import type { Database } from '@resonance/db';
import type { ModuleContext } from '@resonance/http';
import { newId } from '@resonance/kernel';
import { SEND_NOTIFICATION_EMAIL_JOB, type SendNotificationEmailData } from './jobs/send-notification-email.job.js';
import type { ListNotifiableMembers, NotifiableMember, NotificationInput } from './notification.types.js';
import { insertNotifications } from './notifications.repository.js';

export type Notify = (db: Database, ctx: Pick<ModuleContext, 'clock' | 'jobs' | 'mailer' | 'config'>, workspaceId: string, n: NotificationInput) => Promise<void>;

/** Members addressed by id or by role, each once; ids that are not members of the workspace are dropped. */
export function recipients(members: readonly NotifiableMember[], n: Pick<NotificationInput, 'userIds' | 'roles'>): NotifiableMember[] {
  const ids = new Set(n.userIds ?? []);
  const roles = new Set(n.roles ?? []);
  return members.filter((m) => ids.has(m.userId) || roles.has(m.role));
}

function emailText(n: NotificationInput, url: string): { subject: string; text: string } {
  return { subject: `[Resonance] ${n.title}`, text: [n.title, '', n.body, '', url].join('\n') };
}

/**
 * The `Notify` port: one in-app notification per recipient, and (when asked and SMTP is configured)
 * one e-mail job per recipient.
 */
export function createNotifier(deps: { listMembers: ListNotifiableMembers }): Notify {
  return async (db, ctx, workspaceId, n) => {
    const to = recipients(await deps.listMembers(db, workspaceId), n);
    if (to.length === 0) return;
    const now = ctx.clock.now();
    const rows = to.map((m) => ({ id: newId('ntf', now.getTime()), userId: m.userId, kind: n.kind, title: n.title, body: n.body, link: n.link, createdAt: now }));
    await insertNotifications(db, workspaceId, rows);
    if (!n.email || !ctx.mailer.configured) return;
    const url = `${ctx.config.publicUrl.replace(/\/+$/, '')}${n.link}`;
    for (const [i, m] of to.entries()) {
      if (!m.email) continue;
      const data: SendNotificationEmailData = { notificationId: rows[i]!.id, to: m.email, ...emailText(n, url) };
      await ctx.jobs.send(SEND_NOTIFICATION_EMAIL_JOB, data, { retryLimit: 5, singletonKey: rows[i]!.id });
    }
  };
}
