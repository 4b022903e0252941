import { z } from 'zod';

export const notificationSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string(),
  readAt: z.date().nullable(),
  createdAt: z.date(),
});

export const notificationsQuery = z.object({
  unreadOnly: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().optional(),
});

export const notificationListResponse = z.object({
  items: z.array(notificationSchema),
  nextCursor: z.string().nullable(),
  unread: z.number().int(),
});

export const unreadCountResponse = z.object({ unread: z.number().int() });
export const readAllResponse = z.object({ updated: z.number().int() });
export const notificationParams = z.object({ workspaceId: z.string().min(1), notificationId: z.string().min(1) });
