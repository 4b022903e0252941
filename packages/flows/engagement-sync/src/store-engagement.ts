import type { Account } from '@resonance/accounts';
import type { Database } from '@resonance/db';
import { storeEvents, type IngestEvent, type ResolveEventFans } from '@resonance/events';
import { resolveEventFans } from '@resonance/fans';
import type { Clock, SecretBox } from '@resonance/kernel';
import { storedMessageIds } from './sync-state.query.js';

export interface StoreDeps {
  db: Database;
  secrets: SecretBox;
  clock: Clock;
}

export interface StoreOutcome {
  eventsAdded: number;
  fansCreated: number;
}

/**
 * One batch of a connector's events through the ingestion pipeline: events the source already stored
 * are dropped first (a re-read page resolves no fans again), the rest go to `storeEvents` with the fans
 * module's `resolveEventFans` as identity port — each event's `who` becomes its fan by the workspace's
 * identity rules — and are inserted idempotently on (source, messageId).
 */
export async function storeEngagement(deps: StoreDeps, account: Account, sourceId: string, events: readonly IngestEvent[]): Promise<StoreOutcome> {
  const unique = [...new Map(events.map((e) => [e.messageId!, e])).values()];
  const known = await storedMessageIds(deps.db, account.workspaceId, sourceId, unique.map((e) => e.messageId!));
  const fresh = unique.filter((e) => !known.has(e.messageId!));
  if (fresh.length === 0) return { eventsAdded: 0, fansCreated: 0 };

  let fansCreated = 0;
  const resolveFans: ResolveEventFans = async (db, secrets, workspaceId, requests) => {
    const resolved = await resolveEventFans(db, secrets, workspaceId, requests, { clock: deps.clock, actor: sourceId });
    fansCreated += resolved.filter((r) => r.created).length;
    return resolved;
  };
  const target = { workspaceId: account.workspaceId, sourceId, platform: account.platform };
  const [stored] = await storeEvents({ db: deps.db, secrets: deps.secrets, resolveFans }, account.workspaceId, [{ target, events: fresh, receivedAt: deps.clock.now() }]);
  return { eventsAdded: stored!.inserted, fansCreated };
}
