import { fileURLToPath } from 'node:url';
import { defineModule, type AppModule } from '@resonance/http';
import { sendNotificationEmailJob } from './jobs/send-notification-email.job.js';
import { notificationRoutes } from './notifications.routes.js';

export const NOTIFICATIONS_MIGRATIONS_DIR = fileURLToPath(new URL('../migrations', import.meta.url));

/** In-app notifications (bell + inbox) and their e-mails. Other modules send through `createNotifier`. */
export function createNotificationsModule(): AppModule {
  return defineModule({
    name: 'notifications',
    migrationsDir: NOTIFICATIONS_MIGRATIONS_DIR,
    routes: (ctx) => notificationRoutes(ctx),
    jobs: () => [sendNotificationEmailJob()],
  });
}

export { createNotifier, recipients, type Notify } from './notify.service.js';
export { listMyNotifications, unreadCount, readNotification, readAllNotifications } from './notifications.service.js';
export { SEND_NOTIFICATION_EMAIL_JOB, type SendNotificationEmailData } from './jobs/send-notification-email.job.js';
export type { ListNotifiableMembers, NotifiableMember, NotificationInput, NotificationRecord } from './notification.types.js';
