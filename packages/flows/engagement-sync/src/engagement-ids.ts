import type { Account } from '@resonance/accounts';
import type { EventWho } from '@resonance/events';

/** Where DMs and comments come from: the same source as the follower sync, so one connector = one source. */
export const engagementSourceId = (accountId: string) => `connector:${accountId}`;
/** Metric snapshots (no fan) get their own source, so the fan stream's reads stay small as snapshots pile up. */
export const metricsSourceId = (accountId: string) => `connector:${accountId}:metrics`;

export const dmMessageId = (accountId: string, remoteId: string) => `dm:${accountId}:${remoteId}`;
export const commentMessageId = (accountId: string, remoteId: string) => `comment:${accountId}:${remoteId}`;
export const metricsMessageId = (publicationId: string, at: Date) => `metrics:${publicationId}:${at.toISOString()}`;

/**
 * Property holding the connector cursor that fetched the event's page: the newest stored event of a
 * stream tells the next sync where to resume (the event store is the high-water mark, no extra table).
 */
export const SYNC_CURSOR_PROPERTY = '$sync_cursor';

/** Longest text kept per DM or comment (characters). */
export const MAX_TEXT = 4000;

/**
 * A platform user as the identity rules see them: `platform_user` namespaced by the account (the same
 * identity the follower sync uses, so a follower who comments and writes a DM is one fan), their
 * platform nickname kept current with `$set`.
 */
export function platformUserWho(account: Pick<Account, 'id'>, remoteUserId: string, name: string): EventWho {
  const nickname = name.trim().slice(0, 200);
  return {
    identities: [{ kind: 'platform_user', namespace: account.id, value: remoteUserId }],
    ...(nickname ? { traits: { $set: { nickname } } } : {}),
  };
}

/** Page fetched with `cursor` → the properties marking where its stream resumes. */
export const cursorMark = (cursor: string | undefined): Record<string, string> => (cursor === undefined ? {} : { [SYNC_CURSOR_PROPERTY]: cursor });
