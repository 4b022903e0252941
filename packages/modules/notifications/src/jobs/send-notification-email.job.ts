import type { JobDefinition, ModuleContext } from '@resonance/http';

export const SEND_NOTIFICATION_EMAIL_JOB = 'notifications.send-email';

export interface SendNotificationEmailData {
  notificationId: string;
  to: string;
  subject: string;
  text: string;
}

/** Mails one notification to one recipient. A job, so a slow SMTP server never holds up the action that notified. */
export function sendNotificationEmailJob(): JobDefinition<SendNotificationEmailData> {
  return {
    name: SEND_NOTIFICATION_EMAIL_JOB,
    retryLimit: 5,
    retryDelaySeconds: 30,
    retryBackoff: true,
    async handler(data: SendNotificationEmailData, ctx: ModuleContext) {
      await ctx.mailer.send({ to: data.to, subject: data.subject, text: data.text });
    },
  };
}
