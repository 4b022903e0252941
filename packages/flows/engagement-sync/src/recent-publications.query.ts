import type { Database } from '@resonance/db';
import { listPublications, type PublicationDto } from '@resonance/publishing';

/** How long after publishing a post's comments and metrics are still synced (the sandbox's engagement tail is 14 days). */
export const RECENT_PUBLICATION_DAYS = 14;

const PAGE = 200;
const DAY_MS = 86_400_000;

/** A publication the platform knows by its remote id. */
export type RemotePublication = PublicationDto & { remoteId: string; publishedAt: string };

/** The account's publications that are live on the platform and were published in the last RECENT_PUBLICATION_DAYS days, newest first. */
export async function recentPublications(db: Database, workspaceId: string, accountId: string, now: Date): Promise<RemotePublication[]> {
  const from = new Date(now.getTime() - RECENT_PUBLICATION_DAYS * DAY_MS);
  const out: RemotePublication[] = [];
  let cursor: string | undefined;
  do {
    const page = await listPublications(db, workspaceId, { accountId, from, limit: PAGE, cursor });
    for (const p of page.items) if (p.status === 'published' && p.remoteId && p.publishedAt) out.push(p as RemotePublication);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return out;
}
