import type { Account } from '@resonance/accounts';
import type { RemoteDirectMessage } from '@resonance/connector-sdk';
import type { IngestEvent } from '@resonance/events';
import { cursorMark, dmMessageId, engagementSourceId, MAX_TEXT, platformUserWho } from './engagement-ids.js';
import { callPlatform, checkProgress, type SyncRun } from './platform-call.js';
import { storeEngagement } from './store-engagement.js';
import { dmResumeCursor } from './sync-state.query.js';

/** A DM from a platform user → a `dm_received` event whose `who` is the sender. */
export function dmEvent(account: Account, m: RemoteDirectMessage, pageCursor: string | undefined): IngestEvent {
  return {
    name: 'dm_received',
    messageId: dmMessageId(account.id, m.remoteId),
    occurredAt: m.createdAt,
    properties: { text: m.text.slice(0, MAX_TEXT), remoteId: m.remoteId, ...cursorMark(pageCursor) },
    platform: account.platform,
    accountId: account.id,
    who: platformUserWho(account, m.fromRemoteUserId, m.fromName),
  };
}

/**
 * Fetches the account's direct messages from where the last sync stopped (the cursor stored on the
 * newest DM event) to the last page, and stores each one the event store does not have yet. Messages
 * the account itself sent are not fan activity and are skipped.
 */
export async function syncDirectMessages(run: SyncRun): Promise<void> {
  const { deps, account, connector, ctx, totals } = run;
  const sourceId = engagementSourceId(account.id);
  let cursor = await dmResumeCursor(deps.db, account.workspaceId, sourceId);
  for (;;) {
    const pageCursor = cursor;
    const page = await callPlatform(() => connector.fetchDirectMessages!(ctx, pageCursor));
    const incoming = page.items.filter((m) => m.fromRemoteUserId !== account.remoteAccountId);
    totals.directMessages += incoming.length;
    const r = await storeEngagement(deps, account, sourceId, incoming.map((m) => dmEvent(account, m, pageCursor)));
    totals.eventsAdded += r.eventsAdded;
    totals.fansCreated += r.fansCreated;
    checkProgress(account.platform, 'direct message', pageCursor, page.nextCursor);
    if (page.nextCursor === undefined) return;
    cursor = page.nextCursor;
  }
}
