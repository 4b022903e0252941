import type { Queryable } from './fans.repository.js';
import { selectProfile, traitStateOf, updateProfile } from './profile.repository.js';
import { applyTraits, type TraitUpdate } from './traits.js';

/** Applies a trait update and widens first/last seen to `at`; a newer `name` trait renames the fan. */
export async function touchProfile(q: Queryable, workspaceId: string, fanId: string, update: TraitUpdate | undefined, at: Date): Promise<void> {
  const p = (await selectProfile(q, workspaceId, fanId))!;
  const { state } = applyTraits(traitStateOf(p), update, at);
  const name = state.values.name;
  const renamed = typeof name === 'string' && name.trim() !== '' && state.times.name !== p.trait_times?.name;
  await updateProfile(q, workspaceId, {
    ...p,
    display_name: renamed ? name.trim().slice(0, 200) : p.display_name,
    traits: Object.keys(state.values).length > 0 ? state.values : null,
    trait_times: Object.keys(state.times).length > 0 ? state.times : null,
    first_seen_at: p.first_seen_at && p.first_seen_at < at ? p.first_seen_at : at,
    last_seen_at: p.last_seen_at && p.last_seen_at > at ? p.last_seen_at : at,
  });
}
