import type { Database } from '@resonance/db';
import { forgetFanActivity, invalidateRollup } from '@resonance/analytics';
import { anonymiseEventsOfFans, deleteEventsOfFans, type FanEventScope } from '@resonance/events';
import { eraseFanProfile, fanDataScope } from '@resonance/fans';
import { invalidField } from '@resonance/kernel';

export const ERASE_MODES = ['delete', 'anonymise'] as const;
export type EraseMode = (typeof ERASE_MODES)[number];

/** What an erasure removed: ids and counts only (this is what the audit log keeps). */
export interface EraseResult {
  /** The canonical profile erased (with every profile merged into it). */
  fanId: string;
  mode: EraseMode;
  fans: number;
  identities: number;
  consentRecords: number;
  merges: number;
  /** Events deleted (mode delete) or anonymised (mode anonymise). */
  events: number;
}

/**
 * Erases one person (the canonical profile of `fanId` and every profile merged into it):
 * - `delete`: their events are deleted;
 * - `anonymise`: their events stay for aggregate reports but lose the fan id and every identifying
 *   property (see ANONYMOUS_PROPERTY_KEYS in @resonance/events); irreversible.
 * Then the profiles, identities, consent records, merge history and aliases are deleted.
 * Events go first: if the profile step fails, a retry still knows whose events to erase; after
 * the profile is gone the events step runs once more for events that arrived in between.
 */
export async function eraseFanData(deps: { db: Database }, workspaceId: string, fanId: string, mode: EraseMode): Promise<EraseResult> {
  if (!ERASE_MODES.includes(mode)) throw invalidField('mode', `must be one of ${ERASE_MODES.join(', ')}`);
  const eraseEvents = (scope: FanEventScope) => (mode === 'delete' ? deleteEventsOfFans : anonymiseEventsOfFans)(deps.db, workspaceId, scope);
  const scope = await fanDataScope(deps.db, workspaceId, fanId);
  let events = await eraseEvents(scope);
  const profile = await eraseFanProfile(deps.db, workspaceId, scope.fanId, { onlyIfCanonical: true });
  const fanIds = [...new Set([...scope.fanIds, ...profile.fanIds])];
  events += await eraseEvents({ fanIds, anonymousIds: [...new Set([...scope.anonymousIds, ...profile.anonymousIds])] });
  await forgetFanActivity(deps.db, workspaceId, fanIds);
  // deleted events leave the daily counts: the workspace's rollup is rebuilt (trends read raw events meanwhile)
  if (mode === 'delete' && events > 0) await invalidateRollup(deps.db, workspaceId);
  return { fanId: scope.fanId, mode, fans: profile.fans, identities: profile.identities, consentRecords: profile.consentRecords, merges: profile.merges, events };
}
