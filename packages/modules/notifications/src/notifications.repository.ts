import type { Database } from '@resonance/db';
import type { NotificationRecord } from './notification.types.js';

interface Row {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string;
  read_at: Date | null;
  created_at: Date;
}

const COLUMNS = 'id, kind, title, body, link, read_at, created_at';
const toRecord = (r: Row): NotificationRecord => ({ id: r.id, kind: r.kind, title: r.title, body: r.body, link: r.link, readAt: r.read_at, createdAt: r.created_at });

export interface NewNotificationRow {
  id: string;
  userId: string;
  kind: string;
  title: string;
  body: string;
  link: string;
  createdAt: Date;
}

export async function insertNotifications(db: Database, workspaceId: string, rows: readonly NewNotificationRow[]): Promise<void> {
  if (rows.length === 0) return;
  const values: unknown[] = [];
  const tuples = rows.map((r, i) => {
    values.push(r.id, workspaceId, r.userId, r.kind, r.title, r.body, r.link, r.createdAt);
    const b = i * 8;
    return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}, $${b + 6}, $${b + 7}, $${b + 8})`;
  });
  await db.query(`insert into notifications (id, workspace_id, user_id, kind, title, body, link, created_at) values ${tuples.join(', ')}`, values);
}

/** Newest first; keyset paging on (created_at, id). */
export async function selectNotifications(
  db: Database,
  workspaceId: string,
  userId: string,
  f: { unreadOnly: boolean; limit: number; before?: { createdAt: Date; id: string } },
): Promise<NotificationRecord[]> {
  const rows = await db.query<Row>(
    `select ${COLUMNS} from notifications
      where workspace_id = $1 and user_id = $2
        and (not $3::boolean or read_at is null)
        and ($4::timestamptz is null or (created_at, id) < ($4, $5::text))
      order by created_at desc, id desc
      limit $6`,
    [workspaceId, userId, f.unreadOnly, f.before?.createdAt ?? null, f.before?.id ?? null, f.limit],
  );
  return rows.map(toRecord);
}

export async function countUnread(db: Database, workspaceId: string, userId: string): Promise<number> {
  const [r] = await db.query<{ n: number | string }>(
    'select count(*)::int as n from notifications where workspace_id = $1 and user_id = $2 and read_at is null',
    [workspaceId, userId],
  );
  return Number(r?.n ?? 0);
}

/** Marks one of the user's notifications read (keeps the first read time); null when it is not theirs. */
export async function markRead(db: Database, workspaceId: string, userId: string, id: string, at: Date): Promise<NotificationRecord | null> {
  const [r] = await db.query<Row>(
    `update notifications set read_at = coalesce(read_at, $4)
      where workspace_id = $1 and user_id = $2 and id = $3
      returning ${COLUMNS}`,
    [workspaceId, userId, id, at],
  );
  return r ? toRecord(r) : null;
}

export async function markAllRead(db: Database, workspaceId: string, userId: string, at: Date): Promise<number> {
  const rows = await db.query<{ id: string }>(
    'update notifications set read_at = $3 where workspace_id = $1 and user_id = $2 and read_at is null returning id',
    [workspaceId, userId, at],
  );
  return rows.length;
}
