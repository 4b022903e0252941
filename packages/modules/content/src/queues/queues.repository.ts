import type { Sql } from '../tx.js';
import { json } from '../tx.js';
import type { QueueSlot } from './time-slots.js';

export interface QueueRecord {
  accountId: string;
  slots: QueueSlot[];
  updatedBy: string | null;
  updatedAt: Date;
}

interface QueueRow {
  account_id: string;
  slots: QueueSlot[] | string;
  updated_by: string | null;
  updated_at: Date;
}

const toRecord = (r: QueueRow): QueueRecord => ({ accountId: r.account_id, slots: json(r.slots), updatedBy: r.updated_by, updatedAt: r.updated_at });

export async function listQueueRows(db: Sql, workspaceId: string): Promise<QueueRecord[]> {
  const rows = await db.query<QueueRow>(`select account_id, slots, updated_by, updated_at from content_queues where workspace_id = $1`, [workspaceId]);
  return rows.map(toRecord);
}

export async function findQueueRow(db: Sql, workspaceId: string, accountId: string): Promise<QueueRecord | null> {
  const [r] = await db.query<QueueRow>(
    `select account_id, slots, updated_by, updated_at from content_queues where workspace_id = $1 and account_id = $2`,
    [workspaceId, accountId],
  );
  return r ? toRecord(r) : null;
}

/** Replaces the account's slots (creates the queue on first use). */
export async function upsertQueueRow(db: Sql, workspaceId: string, accountId: string, slots: QueueSlot[], by: string | null, at: Date): Promise<QueueRecord> {
  const [r] = await db.query<QueueRow>(
    `insert into content_queues (workspace_id, account_id, slots, updated_by, updated_at) values ($1, $2, $3::jsonb, $4, $5)
     on conflict (workspace_id, account_id) do update set slots = excluded.slots, updated_by = excluded.updated_by, updated_at = excluded.updated_at
     returning account_id, slots, updated_by, updated_at`,
    [workspaceId, accountId, JSON.stringify(slots), by, at],
  );
  return toRecord(r!);
}
