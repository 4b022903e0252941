import type { Database } from '@resonance/db';
import { invalidField, notFound } from '@resonance/kernel';
import type { NotificationRecord } from './notification.types.js';
import { countUnread, markAllRead, markRead, selectNotifications } from './notifications.repository.js';

const encodeCursor = (n: NotificationRecord) => Buffer.from(`${n.createdAt.toISOString()}|${n.id}`).toString('base64url');

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(at ?? '');
  if (!id || Number.isNaN(createdAt.getTime())) throw invalidField('cursor', 'is not a cursor this list returned');
  return { createdAt, id };
}

export async function listMyNotifications(
  db: Database,
  workspaceId: string,
  userId: string,
  q: { unreadOnly: boolean; limit: number; cursor?: string },
): Promise<{ items: NotificationRecord[]; nextCursor: string | null; unread: number }> {
  const rows = await selectNotifications(db, workspaceId, userId, { unreadOnly: q.unreadOnly, limit: q.limit + 1, before: q.cursor ? decodeCursor(q.cursor) : undefined });
  const items = rows.slice(0, q.limit);
  return { items, nextCursor: rows.length > q.limit ? encodeCursor(items[items.length - 1]!) : null, unread: await countUnread(db, workspaceId, userId) };
}

export const unreadCount = async (db: Database, workspaceId: string, userId: string) => ({ unread: await countUnread(db, workspaceId, userId) });

/** Another member's (or another workspace's) notification is simply not found. */
export async function readNotification(db: Database, workspaceId: string, userId: string, id: string, at: Date): Promise<NotificationRecord> {
  const n = await markRead(db, workspaceId, userId, id, at);
  if (!n) throw notFound('notification');
  return n;
}

export const readAllNotifications = async (db: Database, workspaceId: string, userId: string, at: Date) => ({ updated: await markAllRead(db, workspaceId, userId, at) });
