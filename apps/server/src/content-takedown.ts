import { loadSyncTarget } from '@resonance/accounts';
import type { Takedown, TakedownOutcome } from '@resonance/content';
import type { Connector } from '@resonance/connector-sdk';
import { listLivePublicationsOfContent, markPublicationTakedown } from '@resonance/publishing';

/**
 * The content module's `takedown` port: for each live publication of the item, delete the post through
 * its account's connector when the connector declares the `delete` capability; otherwise (no
 * capability, account gone or disconnected, the platform refused) mark the publication
 * `needs_attention` so a person removes it on the platform.
 */
export function createTakedown(connectors: ReadonlyMap<string, Connector>): Takedown {
  return async (db, ctx, workspaceId, contentId) => {
    const outcomes: TakedownOutcome[] = [];
    for (const pub of await listLivePublicationsOfContent(db, workspaceId, contentId)) {
      const reason = await tryDelete(connectors, db, ctx.secrets, workspaceId, pub);
      await markPublicationTakedown(db, workspaceId, pub.id, reason === null ? 'deleted' : 'needs_attention');
      outcomes.push({ publicationId: pub.id, accountId: pub.accountId, outcome: reason === null ? 'removed' : 'needs_attention', reason });
    }
    return outcomes;
  };
}

/** null when the post is gone; otherwise why a person has to remove it. */
async function tryDelete(
  connectors: ReadonlyMap<string, Connector>,
  db: Parameters<Takedown>[0],
  secrets: Parameters<Takedown>[1]['secrets'],
  workspaceId: string,
  pub: { accountId: string; remoteId: string | null },
): Promise<string | null> {
  if (!pub.remoteId) return 'the publication has no remote post id';
  const target = await loadSyncTarget(db, secrets, workspaceId, pub.accountId);
  if ('skip' in target) return target.skip;
  const connector = connectors.get(target.account.platform);
  if (!connector) return `no connector for platform ${target.account.platform}`;
  if (!connector.capabilities.delete || !connector.deletePost) return `${target.account.platform} does not let us delete posts`;
  try {
    await connector.deletePost({ account: { remoteAccountId: target.account.remoteAccountId ?? '', tokens: target.credentials } }, pub.remoteId);
    return null;
  } catch (err) {
    return `the platform refused the deletion: ${(err as Error).message}`;
  }
}
