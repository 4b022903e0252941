import type { Database } from '@resonance/db';
import { invalidField } from '@resonance/kernel';
import { toEventRow } from './event-row.js';
import { EVENT_COLUMNS, type NewEvent } from './event.types.js';

/** Without explicit receivedAt values the column is left to the database (`now()`): parsing it costs ~30 % of a COPY. */
const COLUMNS_WITHOUT_RECEIVED = EVENT_COLUMNS.filter((c) => c !== 'received_at');

/** Rows per COPY statement: big enough to amortise the statement, small enough to keep the CSV text modest. */
export const APPEND_CHUNK = 25_000;

/**
 * Bulk-appends events with COPY (both engines). `received_at` is the database's now() unless given. Validates every event first, so a bad event
 * anywhere writes nothing of its chunk; errors name the field, e.g. `events[3].name`.
 * Idempotent re-delivery by `messageId` is the ingestion path's job (R2), not this bulk path's.
 */
export async function appendEvents(db: Database, workspaceId: string, events: readonly NewEvent[]): Promise<number> {
  if (!workspaceId) throw invalidField('workspaceId', 'is required');
  for (let start = 0; start < events.length; start += APPEND_CHUNK) {
    const end = Math.min(events.length, start + APPEND_CHUNK);
    let fallback: Date | null = null;
    for (let i = start; i < end && !fallback; i++) if (events[i]!.receivedAt !== undefined) fallback = new Date();
    const rows: unknown[][] = new Array(end - start);
    for (let i = start; i < end; i++) rows[i - start] = toEventRow(workspaceId, events[i]!, fallback, `events[${i}]`);
    await db.copyRows('events', fallback ? EVENT_COLUMNS : COLUMNS_WITHOUT_RECEIVED, rows);
  }
  return events.length;
}

/** How many events a workspace has (optionally of one name). */
export async function countEvents(db: Database, workspaceId: string, name?: string): Promise<number> {
  const rows = await db.query<{ n: number }>(
    `select count(*)::int as n from events where workspace_id = $1 and ($2::text is null or name = $2)`,
    [workspaceId, name ?? null],
  );
  return rows[0]!.n;
}
