import type { Account } from '@resonance/accounts';
import type { RemoteFollower } from '@resonance/connector-sdk';
import type { Database } from '@resonance/db';
import { storeEvents, type IngestEvent } from '@resonance/events';
import { resolveEventFans } from '@resonance/fans';
import type { Clock, SecretBox } from '@resonance/kernel';
import type { FollowState } from './follow-state.query.js';

export interface PageDeps {
  db: Database;
  secrets: SecretBox;
  clock: Clock;
}

export interface PageResult {
  fansCreated: number;
  eventsAdded: number;
}

/** Where the sync's events come from; with the message id it makes re-running the sync a no-op. */
export const followSourceId = (accountId: string) => `connector:${accountId}`;
export const followMessageId = (accountId: string, remoteUserId: string) => `follow:${accountId}:${remoteUserId}`;

/**
 * One page of followers through the ingestion pipeline: each follower's platform identity (namespace =
 * the account) is resolved by the identity rules (a new follower becomes a fan named by their
 * platform nickname, which `$set` keeps current), then a `follow` event is stored for every follower
 * the event store does not know yet (idempotent by message id). Updates `state` with what it wrote.
 */
export async function importFollowerPage(deps: PageDeps, account: Account, followers: readonly RemoteFollower[], state: FollowState): Promise<PageResult> {
  const { db, secrets, clock } = deps;
  const unique = [...new Map(followers.map((f) => [f.remoteUserId, f])).values()];
  const resolved = await resolveEventFans(
    db,
    secrets,
    account.workspaceId,
    unique.map((f) => ({
      identities: [{ kind: 'platform_user' as const, namespace: account.id, value: f.remoteUserId }],
      traits: f.name.trim() ? { $set: { nickname: f.name.trim().slice(0, 200) } } : undefined,
      at: f.followedAt,
    })),
    { clock, actor: followSourceId(account.id) },
  );

  const events: IngestEvent[] = [];
  unique.forEach((f, i) => {
    const fanId = resolved[i]!.fanId!;
    const messageId = followMessageId(account.id, f.remoteUserId);
    if (state.fanIds.has(fanId) || state.messageIds.has(messageId)) return;
    events.push({ name: 'follow', messageId, occurredAt: f.followedAt, properties: null, platform: account.platform, accountId: account.id, fanId });
  });
  const target = { workspaceId: account.workspaceId, sourceId: followSourceId(account.id), platform: account.platform };
  const [stored] = await storeEvents({ db, secrets }, account.workspaceId, [{ target, events, receivedAt: clock.now() }]);
  for (const e of events) {
    state.fanIds.add(e.fanId!);
    state.messageIds.add(e.messageId!);
  }
  return { fansCreated: resolved.filter((r) => r.created).length, eventsAdded: stored!.inserted };
}
