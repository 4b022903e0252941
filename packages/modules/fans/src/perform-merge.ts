import { newId } from '@resonance/kernel';
import type { Queryable } from './fans.repository.js';
import { mergeTraits } from './traits.js';
import { moveKeys, selectKeys, selectProfile, traitStateOf, updateProfile, type ConsentEntry, type ProfileRow, type StoredKey } from './profile.repository.js';

export type MergeReason = 'identify' | 'alias' | 'shared_identifier' | 'admin';

export interface MergeSummary {
  mergeId: string;
  survivorId: string;
  mergedId: string;
  reason: MergeReason;
  movedIdentities: number;
}

export const snapshotOf = (p: ProfileRow) => ({
  displayName: p.display_name,
  traits: p.traits ?? {},
  traitTimes: p.trait_times ?? {},
  consent: p.consent ?? {},
  firstSeenAt: p.first_seen_at?.toISOString() ?? null,
  lastSeenAt: p.last_seen_at?.toISOString() ?? null,
});
export type ProfileSnapshot = ReturnType<typeof snapshotOf>;

const minDate = (a: Date | null, b: Date | null) => (a && b ? (a < b ? a : b) : (a ?? b));
const maxDate = (a: Date | null, b: Date | null) => (a && b ? (a > b ? a : b) : (a ?? b));

/** Per purpose the more recent consent decision wins; returns the purposes taken from `merged`. */
function mergeConsent(survivor: Record<string, ConsentEntry>, merged: Record<string, ConsentEntry>) {
  const consent = { ...survivor };
  const taken: Record<string, string> = {};
  for (const [purpose, c] of Object.entries(merged)) {
    if (survivor[purpose] && survivor[purpose]!.at >= c.at) continue;
    consent[purpose] = c;
    taken[purpose] = c.at;
  }
  return { consent, taken };
}

/**
 * Merges `mergedId` into `survivorId` inside the caller's identity transaction: moves identities,
 * merges traits (newer wins) and consent, widens first/last seen, marks the merged profile, records
 * the merge with snapshots, and points fan_aliases at the survivor. Callers check rules and existence.
 */
export async function performMerge(q: Queryable, workspaceId: string, survivorId: string, mergedId: string, reason: MergeReason, actor: string, now: Date): Promise<MergeSummary> {
  const s = (await selectProfile(q, workspaceId, survivorId))!;
  const m = (await selectProfile(q, workspaceId, mergedId))!;
  const moved: StoredKey[] = (await selectKeys(q, workspaceId, [mergedId])).map(({ kind, namespace, value }) => ({ kind, namespace, value }));
  await moveKeys(q, workspaceId, mergedId, survivorId, moved);
  const traits = mergeTraits(traitStateOf(s), traitStateOf(m));
  const consent = mergeConsent(s.consent ?? {}, m.consent ?? {});
  await updateProfile(q, workspaceId, {
    ...s,
    traits: traits.state.values,
    trait_times: traits.state.times,
    consent: consent.consent,
    first_seen_at: minDate(s.first_seen_at, m.first_seen_at),
    last_seen_at: maxDate(s.last_seen_at, m.last_seen_at),
  });
  await updateProfile(q, workspaceId, { ...m, merged_into: survivorId });
  const id = newId('fmerge', now.getTime());
  await q.query(
    `insert into fan_merges (id, workspace_id, survivor_id, merged_id, reason, moved_identities, merged_snapshot, survivor_snapshot, actor, created_at)
     values ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8::jsonb, $9, $10)`,
    [id, workspaceId, survivorId, mergedId, reason, JSON.stringify(moved), JSON.stringify(snapshotOf(m)),
      JSON.stringify({ ...snapshotOf(s), taken: { traits: traits.taken, consent: consent.taken } }), actor, now],
  );
  await q.query(
    `insert into fan_aliases (workspace_id, fan_id, canonical_id) values ($1, $2, $3)
     on conflict (workspace_id, fan_id) do update set canonical_id = excluded.canonical_id`,
    [workspaceId, mergedId, survivorId],
  );
  await q.query(`update fan_aliases set canonical_id = $3 where workspace_id = $1 and canonical_id = $2`, [workspaceId, mergedId, survivorId]);
  return { mergeId: id, survivorId, mergedId, reason, movedIdentities: moved.length };
}
