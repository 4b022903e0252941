import type { Database } from '@resonance/db';
import type { SecretBox } from '@resonance/kernel';
import type { IngestEvent } from './ingest.types.js';
import { attachAnonymousEvents, insertEventRows, type EventRow } from './ingest.repository.js';

/** Where a request's events go: the workspace and source come from the write key (or the native route). */
export interface IngestTarget {
  workspaceId: string;
  sourceId: string;
  /** Default `platform` of the stored rows (the source's kind for SDK sources, the platform for connectors). */
  platform: string;
}

/** One request's events. */
export interface StoreRequest {
  target: IngestTarget;
  events: readonly IngestEvent[];
  receivedAt: Date;
}

export interface StoreResult {
  /** Rows written now. */
  inserted: number;
  /** Events whose (source, messageId) was already stored, before or earlier in the same write. */
  duplicates: number;
  /** The fan of each event (null: none named or still anonymous), in request order. */
  fanIds: (string | null)[];
  /** Per event: written now (false: a duplicate). */
  stored: boolean[];
}

/**
 * The port to identity resolution (the fans module's `resolveEventFans`, passed in by apps/server):
 * the fans of a workspace's events in order, and the anonymous ids each newly linked.
 */
export type ResolveEventFans = (
  db: Database,
  secrets: SecretBox,
  workspaceId: string,
  requests: { identities: NonNullable<IngestEvent['who']>['identities']; traits?: NonNullable<IngestEvent['who']>['traits']; at: Date }[],
) => Promise<{ fanId: string | null; linkedAnonymousIds: string[] }[]>;

export interface StoreDeps {
  db: Database;
  secrets: SecretBox;
  /** Without it events are stored with the `fanId` they name (or none). */
  resolveFans?: ResolveEventFans;
}

/**
 * Stores the events of several requests of ONE workspace: resolves their fans (one batch), inserts
 * every row in one statement (atomic; `(workspace, source, messageId)` stored once), then attaches
 * earlier anonymous events to fans an identify just linked. Shared by the ingestion writer (SDKs,
 * native API) and by connector syncs, so every event enters the same way.
 */
export async function storeEvents(deps: StoreDeps, workspaceId: string, requests: readonly StoreRequest[]): Promise<StoreResult[]> {
  const all = requests.flatMap((r) => r.events.map((e) => ({ r, e })));
  const fanIds: (string | null)[] = all.map(({ e }) => e.fanId ?? null);
  const linked = new Map<string, string>();
  const pending = all.flatMap(({ e }, i) => (!e.fanId && e.who && e.who.identities.length > 0 ? [i] : []));
  if (deps.resolveFans && pending.length > 0) {
    const resolved = await deps.resolveFans(
      deps.db,
      deps.secrets,
      workspaceId,
      pending.map((i) => ({ identities: all[i]!.e.who!.identities, traits: all[i]!.e.who!.traits, at: all[i]!.e.occurredAt })),
    );
    pending.forEach((i, k) => {
      fanIds[i] = resolved[k]!.fanId;
      for (const anon of resolved[k]!.linkedAnonymousIds) linked.set(anon, resolved[k]!.fanId!);
    });
  }

  const rows: EventRow[] = all.map(({ r, e }, i) => ({
    source_id: r.target.sourceId,
    received_at: r.receivedAt.toISOString(),
    message_id: e.messageId,
    name: e.name,
    fan_id: fanIds[i]!,
    platform: e.platform ?? r.target.platform,
    account_id: e.accountId ?? null,
    publication_id: e.publicationId ?? null,
    occurred_at: e.occurredAt.toISOString(),
    properties: e.properties && Object.keys(e.properties).length > 0 ? e.properties : null,
  }));
  const written = await insertEventRows(deps.db, workspaceId, rows);
  if (linked.size > 0) await attachAnonymousEvents(deps.db, workspaceId, linked);

  // Count per request: a written (source, messageId) belongs to the first request that sent it.
  const left = new Map<string, number>();
  for (const w of written) if (w.message_id !== null) left.set(keyOf(w.source_id, w.message_id), (left.get(keyOf(w.source_id, w.message_id)) ?? 0) + 1);
  let at = 0;
  return requests.map((r) => {
    const stored = r.events.map((e) => {
      if (e.messageId === null) return true;
      const k = keyOf(r.target.sourceId, e.messageId);
      const n = left.get(k) ?? 0;
      if (n > 0) left.set(k, n - 1);
      return n > 0;
    });
    const inserted = stored.filter(Boolean).length;
    const result = { inserted, duplicates: r.events.length - inserted, fanIds: fanIds.slice(at, at + r.events.length), stored };
    at += r.events.length;
    return result;
  });
}

const keyOf = (sourceId: string, messageId: string) => `${sourceId}\u0000${messageId}`;
