import type { Database } from '@resonance/db';
import { invalidField, systemClock, type Clock } from '@resonance/kernel';
import { deleteEventsBefore, selectActiveRetentions, selectRetention, upsertRetention, type EventRetention } from './retention.repository.js';

export type { EventRetention } from './retention.repository.js';

export const MIN_RETENTION_DAYS = 1;
export const MAX_RETENTION_DAYS = 3650;
/** Rows per DELETE statement: each is its own short transaction, so ingestion and reports never wait long. */
export const RETENTION_CHUNK = 10_000;
const DAY_MS = 86_400_000;

/** The workspace's retention period (null days = keep forever). */
export async function getEventRetention(db: Pick<Database, 'query'>, workspaceId: string): Promise<EventRetention> {
  return selectRetention(db, workspaceId);
}

/** Sets (1–3650 days) or clears (null) the workspace's retention period. */
export async function setEventRetention(
  db: Pick<Database, 'query'>,
  workspaceId: string,
  retentionDays: number | null,
  by: string | null,
  clock: Clock = systemClock,
): Promise<EventRetention> {
  if (!workspaceId) throw invalidField('workspaceId', 'is required');
  if (retentionDays !== null && (!Number.isInteger(retentionDays) || retentionDays < MIN_RETENTION_DAYS || retentionDays > MAX_RETENTION_DAYS)) {
    throw invalidField('retentionDays', `must be a whole number of days from ${MIN_RETENTION_DAYS} to ${MAX_RETENTION_DAYS}, or null to keep events forever`);
  }
  await upsertRetention(db, workspaceId, retentionDays, clock.now(), by);
  return selectRetention(db, workspaceId);
}

/** The moment before which a workspace's events are due for deletion. */
export const retentionCutoff = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

/** Deletes one workspace's events that occurred before `cutoff`, RETENTION_CHUNK rows per statement. */
export async function deleteEventsOlderThan(db: Pick<Database, 'query'>, workspaceId: string, cutoff: Date, chunk = RETENTION_CHUNK): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await deleteEventsBefore(db, workspaceId, cutoff, chunk);
    total += n;
    if (n < chunk) return total;
  }
}

/**
 * Applies every workspace's retention period: deletes events older than N days (by occurred_at),
 * in chunks. Returns the deleted counts per workspace that had anything to delete.
 */
export async function applyEventRetention(ctx: { db: Pick<Database, 'query'>; clock: Clock }, chunk = RETENTION_CHUNK): Promise<Record<string, number>> {
  const now = ctx.clock.now();
  const deleted: Record<string, number> = {};
  for (const r of await selectActiveRetentions(ctx.db)) {
    const n = await deleteEventsOlderThan(ctx.db, r.workspaceId, retentionCutoff(now, r.retentionDays), chunk);
    if (n > 0) deleted[r.workspaceId] = n;
  }
  return deleted;
}
