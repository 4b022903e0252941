import type { Database } from '@resonance/db';
import { conflict, invalidField, systemClock, type Clock } from '@resonance/kernel';
import { inIdentityTx } from './fans-tx.js';
import { selectMerge } from './merge-fans.service.js';
import type { ProfileSnapshot } from './perform-merge.js';
import { moveKeys, selectProfile, updateProfile, type ConsentEntry } from './profile.repository.js';

type SurvivorSnapshot = ProfileSnapshot & { taken: { traits: Record<string, string>; consent: Record<string, string> } };

/**
 * Undoes a merge: the merged profile gets back its identities (those still on the survivor), traits,
 * consent and first/last seen; the survivor loses the traits and consent it took in the merge unless
 * they were updated since. Fans merged into the merged profile earlier follow it again in fan_aliases.
 * Refused (409) when already undone or when the survivor has since been merged into another profile.
 */
export async function undoMerge(db: Database, workspaceId: string, mergeId: string, actor: string, clock: Clock = systemClock) {
  if (typeof actor !== 'string' || actor.trim() === '') throw invalidField('actor', 'is required');
  return inIdentityTx(db, workspaceId, async (q) => {
    const m = await selectMerge(q, workspaceId, mergeId);
    if (m.undone_at) throw conflict('this merge was already undone');
    const survivor = (await selectProfile(q, workspaceId, m.survivor_id))!;
    const merged = (await selectProfile(q, workspaceId, m.merged_id))!;
    if (survivor.merged_into) throw conflict(`the surviving profile was merged into ${survivor.merged_into} since; undo that merge first`);
    if (merged.merged_into !== survivor.id) throw conflict('the merged profile no longer points at the survivor');
    await moveKeys(q, workspaceId, survivor.id, merged.id, m.moved_identities);

    const snap = m.merged_snapshot as ProfileSnapshot;
    await updateProfile(q, workspaceId, {
      ...merged,
      display_name: snap.displayName,
      traits: Object.keys(snap.traits).length > 0 ? snap.traits : null,
      trait_times: Object.keys(snap.traitTimes).length > 0 ? snap.traitTimes : null,
      consent: Object.keys(snap.consent).length > 0 ? (snap.consent as Record<string, ConsentEntry>) : null,
      first_seen_at: snap.firstSeenAt ? new Date(snap.firstSeenAt) : null,
      last_seen_at: snap.lastSeenAt ? new Date(snap.lastSeenAt) : null,
      merged_into: null,
    });

    const before = m.survivor_snapshot as SurvivorSnapshot;
    const traits = { ...(survivor.traits ?? {}) };
    const times = { ...(survivor.trait_times ?? {}) };
    for (const [k, t] of Object.entries(before.taken.traits)) {
      if (times[k] !== t) continue;
      if (k in before.traits) {
        traits[k] = before.traits[k];
        if (before.traitTimes[k] === undefined) delete times[k];
        else times[k] = before.traitTimes[k]!;
      } else {
        delete traits[k];
        delete times[k];
      }
    }
    const consent = { ...(survivor.consent ?? {}) };
    for (const [purpose, at] of Object.entries(before.taken.consent)) {
      if (consent[purpose]?.at !== at) continue;
      const prev = (before.consent as Record<string, ConsentEntry>)[purpose];
      if (prev) consent[purpose] = prev;
      else delete consent[purpose];
    }
    await updateProfile(q, workspaceId, {
      ...survivor,
      traits: Object.keys(traits).length > 0 ? traits : null,
      trait_times: Object.keys(times).length > 0 ? times : null,
      consent: Object.keys(consent).length > 0 ? consent : null,
    });

    await q.query('delete from fan_aliases where workspace_id = $1 and fan_id = $2', [workspaceId, merged.id]);
    await q.query(
      `with recursive sub(id) as (
         select id from fans where workspace_id = $1 and merged_into = $2
         union all select f.id from fans f join sub on f.merged_into = sub.id where f.workspace_id = $1)
       update fan_aliases set canonical_id = $2 where workspace_id = $1 and fan_id in (select id from sub)`,
      [workspaceId, merged.id],
    );
    const now = clock.now();
    await q.query('update fan_merges set undone_at = $3, undone_by = $4 where workspace_id = $1 and id = $2', [workspaceId, mergeId, now, actor]);
    return { mergeId, survivorId: survivor.id, restoredId: merged.id, restoredIdentities: m.moved_identities.length, undoneAt: now };
  });
}
