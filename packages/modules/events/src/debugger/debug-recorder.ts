import type { Database } from '@resonance/db';
import { excerptOf } from '../ingest/parse-batch.js';
import type { Rejection } from '../ingest/ingest.types.js';
import type { StoreRequest, StoreResult } from '../ingest/store-events.js';
import { DEBUG_KEEP, insertDebugRows, pruneDebugRows, type DebugRow } from './debug.repository.js';

export interface DebugRecorder {
  /** After a group write: the stored events of each request (accepted or duplicate). */
  written(done: readonly { request: StoreRequest; result: StoreResult }[]): Promise<void>;
  /** Messages of a request that failed validation, with the excerpt of what was sent. */
  rejected(workspaceId: string, sourceId: string, receivedAt: Date, items: readonly { rejection: Rejection; excerpt: string }[]): Promise<void>;
}

/**
 * Records the latest events per source for Settings → Sources → debugger. Per write it keeps at
 * most the newest `DEBUG_KEEP` rows per source, and prunes a source's older rows once it has
 * recorded another `DEBUG_KEEP` rows for it (so a busy source costs two small statements per write
 * and one prune per hundred events, not a row per event forever).
 */
export function createDebugRecorder(db: Database): DebugRecorder {
  const sincePrune = new Map<string, number>();

  async function record(workspaceId: string, rows: DebugRow[]): Promise<void> {
    const bySource = new Map<string, DebugRow[]>();
    for (const r of rows) bySource.set(r.source_id, [...(bySource.get(r.source_id) ?? []), r]);
    const kept = [...bySource.values()].flatMap((list) => list.slice(-DEBUG_KEEP));
    await insertDebugRows(db, workspaceId, kept);
    for (const [sourceId, list] of bySource) {
      const key = `${workspaceId}\u0000${sourceId}`;
      const n = (sincePrune.get(key) ?? 0) + Math.min(list.length, DEBUG_KEEP);
      if (n >= DEBUG_KEEP) {
        await pruneDebugRows(db, workspaceId, sourceId);
        sincePrune.set(key, 0);
      } else sincePrune.set(key, n);
    }
  }

  return {
    async written(done) {
      const byWorkspace = new Map<string, DebugRow[]>();
      // only the newest DEBUG_KEEP events per source are kept: build excerpts for those alone
      const left = new Map<string, number>();
      for (const { request, result } of [...done].reverse()) {
        const key = `${request.target.workspaceId}\u0000${request.target.sourceId}`;
        const room = left.get(key) ?? DEBUG_KEEP;
        if (room <= 0) continue;
        const from = Math.max(0, request.events.length - room);
        left.set(key, room - (request.events.length - from));
        const rows: DebugRow[] = [];
        request.events.slice(from).forEach((e, j) => {
          const i = from + j;
          const status = result.stored[i] ? 'accepted' : 'duplicate';
          rows.push({
            source_id: request.target.sourceId,
            received_at: request.receivedAt.toISOString(),
            status,
            name: e.name,
            message_id: e.messageId,
            fan_id: result.fanIds[i] ?? null,
            error_path: null,
            error: null,
            excerpt: excerptOf({ name: e.name, occurredAt: e.occurredAt, properties: e.properties }),
          });
        });
        byWorkspace.set(request.target.workspaceId, [...rows, ...(byWorkspace.get(request.target.workspaceId) ?? [])]);
      }
      for (const [workspaceId, rows] of byWorkspace) await record(workspaceId, rows);
    },
    async rejected(workspaceId, sourceId, receivedAt, items) {
      await record(
        workspaceId,
        items.map(({ rejection, excerpt }) => ({
          source_id: sourceId,
          received_at: receivedAt.toISOString(),
          status: 'rejected' as const,
          name: null,
          message_id: null,
          fan_id: null,
          error_path: rejection.path,
          error: rejection.message,
          excerpt,
        })),
      );
    },
  };
}
