import type { Account } from '@resonance/accounts';
import { isConnectorError, type PostMetrics, type RemoteComment } from '@resonance/connector-sdk';
import type { IngestEvent } from '@resonance/events';
import { commentMessageId, cursorMark, engagementSourceId, MAX_TEXT, metricsMessageId, metricsSourceId, platformUserWho } from './engagement-ids.js';
import { callPlatform, checkProgress, type SyncRun } from './platform-call.js';
import { recentPublications, type RemotePublication } from './recent-publications.query.js';
import { storeEngagement } from './store-engagement.js';
import { commentResumeCursors } from './sync-state.query.js';

/** A comment by a platform user on one of the account's posts → a `comment` event of that publication. */
export function commentEvent(account: Account, publicationId: string, c: RemoteComment, pageCursor: string | undefined): IngestEvent {
  return {
    name: 'comment',
    messageId: commentMessageId(account.id, c.remoteId),
    occurredAt: c.createdAt,
    properties: { text: c.text.slice(0, MAX_TEXT), remoteId: c.remoteId, parentRemoteId: c.parentRemoteId ?? null, ...cursorMark(pageCursor) },
    platform: account.platform,
    accountId: account.id,
    publicationId,
    who: platformUserWho(account, c.authorRemoteId, c.authorName),
  };
}

/** A metrics snapshot → one `post_metrics` event (no fan), at the time the platform computed it. */
export function metricsEvent(account: Account, publicationId: string, m: PostMetrics): IngestEvent {
  const { at, ...counts } = m;
  const properties = Object.fromEntries(Object.entries(counts).filter(([, v]) => v !== undefined));
  return { name: 'post_metrics', messageId: metricsMessageId(publicationId, at), occurredAt: at, properties, platform: account.platform, accountId: account.id, publicationId, fanId: null };
}

/**
 * For each recent publication with a remote id: its new comments (from where the last sync stopped)
 * and one metrics snapshot, as far as the connector can. A post the platform no longer has
 * (`not_found`, e.g. deleted there) is skipped and counted; other errors propagate.
 */
export async function syncPublications(run: SyncRun): Promise<void> {
  const { deps, account, connector } = run;
  const canComments = connector.capabilities.fetchComments && !!connector.fetchComments;
  const canMetrics = connector.capabilities.fetchPostMetrics && !!connector.fetchPostMetrics;
  if (!canComments && !canMetrics) return;
  const publications = await recentPublications(deps.db, account.workspaceId, account.id, deps.clock.now());
  if (publications.length === 0) return;
  const oldest = new Date(Math.min(...publications.map((p) => Date.parse(p.publishedAt))) - 86_400_000);
  const cursors = canComments ? await commentResumeCursors(deps.db, account.workspaceId, engagementSourceId(account.id), publications.map((p) => p.id), oldest) : new Map<string, string>();
  for (const p of publications) {
    run.totals.posts++;
    try {
      if (canComments) await syncComments(run, p, cursors.get(p.id));
      if (canMetrics) await snapshotMetrics(run, p);
    } catch (err) {
      if (!(isConnectorError(err) && err.kind === 'not_found')) throw err;
      run.totals.postsMissing++;
    }
  }
}

async function syncComments(run: SyncRun, p: RemotePublication, resumeAt: string | undefined): Promise<void> {
  const { deps, account, connector, ctx, totals } = run;
  const sourceId = engagementSourceId(account.id);
  let cursor = resumeAt;
  for (;;) {
    const pageCursor = cursor;
    const page = await callPlatform(() => connector.fetchComments!(ctx, p.remoteId, pageCursor));
    // the account's own replies are not fan engagement
    const byFans = page.items.filter((c) => c.authorRemoteId !== account.remoteAccountId);
    totals.comments += byFans.length;
    const r = await storeEngagement(deps, account, sourceId, byFans.map((c) => commentEvent(account, p.id, c, pageCursor)));
    totals.eventsAdded += r.eventsAdded;
    totals.fansCreated += r.fansCreated;
    checkProgress(account.platform, 'comment', pageCursor, page.nextCursor);
    if (page.nextCursor === undefined) return;
    cursor = page.nextCursor;
  }
}

async function snapshotMetrics(run: SyncRun, p: RemotePublication): Promise<void> {
  const { deps, account, connector, ctx, totals } = run;
  const metrics = await callPlatform(() => connector.fetchPostMetrics!(ctx, p.remoteId));
  totals.snapshots++;
  const r = await storeEngagement(deps, account, metricsSourceId(account.id), [metricsEvent(account, p.id, metrics)]);
  totals.eventsAdded += r.eventsAdded;
}
