import type { Account } from '@resonance/accounts';
import type { RemoteFollower } from '@resonance/connector-sdk';
import type { Database } from '@resonance/db';
import { appendEvents, type NewEvent } from '@resonance/events';
import { findFanByIdentity, insertFans, type NewFan, type NewIdentity } from '@resonance/fans';
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

const identityOf = (account: Account, f: RemoteFollower): NewIdentity => ({ kind: 'platform_user', namespace: account.id, value: f.remoteUserId });

function newFan(account: Account, f: RemoteFollower): NewFan {
  const name = f.name.trim().slice(0, 200) || f.remoteUserId.slice(0, 200);
  return { displayName: name, firstSeenAt: f.followedAt, lastSeenAt: f.followedAt, identities: [identityOf(account, f)] };
}

/**
 * One page of followers: finds or creates each follower's fan (platform_user identity in the
 * account's namespace; new fans in one batch), then appends a follow event for every follower
 * the event store does not know yet. Updates `state` with what it wrote.
 */
export async function importFollowerPage(deps: PageDeps, account: Account, followers: readonly RemoteFollower[], state: FollowState): Promise<PageResult> {
  const { db, secrets, clock } = deps;
  const unique = [...new Map(followers.map((f) => [f.remoteUserId, f])).values()];
  const fanIds = new Map<string, string>();
  const missing: RemoteFollower[] = [];
  for (const f of unique) {
    const fanId = await findFanByIdentity(db, account.workspaceId, identityOf(account, f), clock);
    if (fanId) fanIds.set(f.remoteUserId, fanId);
    else missing.push(f);
  }
  if (missing.length > 0) {
    const ids = await insertFans(db, secrets, account.workspaceId, missing.map((f) => newFan(account, f)), clock);
    missing.forEach((f, i) => fanIds.set(f.remoteUserId, ids[i]!));
  }

  const sourceId = followSourceId(account.id);
  const events: NewEvent[] = [];
  for (const f of unique) {
    const fanId = fanIds.get(f.remoteUserId)!;
    const messageId = followMessageId(account.id, f.remoteUserId);
    if (state.fanIds.has(fanId) || state.messageIds.has(messageId)) continue;
    events.push({ name: 'follow', occurredAt: f.followedAt, sourceId, messageId, platform: account.platform, accountId: account.id, fanId });
  }
  if (events.length > 0) await appendEvents(db, account.workspaceId, events);
  for (const e of events) {
    state.fanIds.add(e.fanId!);
    state.messageIds.add(e.messageId!);
  }
  return { fansCreated: missing.length, eventsAdded: events.length };
}
