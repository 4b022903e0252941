import type { Database } from '@resonance/db';

/** What the event store already knows about an account's follows, so a sync appends each follower once. */
export interface FollowState {
  /** Fans with a follow event for the account, from any source (seed, webhook, an earlier sync). */
  readonly fanIds: Set<string>;
  /** Message ids this source already wrote (the unique key is workspace, source, message). */
  readonly messageIds: Set<string>;
}

/** Reads the account's follow events (the partial index events_follows_idx covers the filter). */
export async function loadFollowState(db: Database, workspaceId: string, accountId: string, sourceId: string): Promise<FollowState> {
  const rows = await db.query<{ fan_id: string | null; source_id: string; message_id: string | null }>(
    `select fan_id, source_id, message_id from events where workspace_id = $1 and account_id = $2 and name = 'follow'`,
    [workspaceId, accountId],
  );
  const state: FollowState = { fanIds: new Set(), messageIds: new Set() };
  for (const r of rows) {
    if (r.fan_id !== null) state.fanIds.add(r.fan_id);
    if (r.source_id === sourceId && r.message_id !== null) state.messageIds.add(r.message_id);
  }
  return state;
}
