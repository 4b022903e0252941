import { invalidField } from '@resonance/kernel';

/**
 * A profile's traits: `values` (the `fans.traits` column) and, per trait, the time its value was
 * set (`fans.trait_times`, ISO strings). Traits without a time (bulk-loaded) count as oldest.
 */
export interface TraitState {
  values: Record<string, unknown>;
  times: Record<string, string>;
}

export interface TraitUpdate {
  /** Overwrite, unless the stored value is newer than this update (out-of-order events). */
  $set?: Record<string, unknown>;
  /** Set only when the profile has no value for the trait yet. */
  $set_once?: Record<string, unknown>;
}

const EPOCH = '1970-01-01T00:00:00.000Z';
const timeOf = (s: TraitState, k: string) => s.times[k] ?? EPOCH;

function checkObject(v: unknown, path: string): Record<string, unknown> {
  if (v === undefined) return {};
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw invalidField(path, 'must be an object of trait values');
  for (const k of Object.keys(v)) {
    if (k.length === 0 || k.length > 200) throw invalidField(`${path}.${k}`, 'trait names must be 1–200 characters');
  }
  return v as Record<string, unknown>;
}

/** Applies `$set` then `$set_once` at time `at`; returns the new state and whether anything changed. */
export function applyTraits(state: TraitState, update: TraitUpdate | undefined, at: Date): { state: TraitState; changed: boolean } {
  const set = checkObject(update?.$set, 'traits.$set');
  const once = checkObject(update?.$set_once, 'traits.$set_once');
  const values = { ...state.values };
  const times = { ...state.times };
  const iso = at.toISOString();
  let changed = false;
  for (const [k, v] of Object.entries(set)) {
    if (v === undefined || timeOf(state, k) > iso) continue;
    values[k] = v;
    times[k] = iso;
    changed = true;
  }
  for (const [k, v] of Object.entries(once)) {
    if (v === undefined || k in values) continue;
    values[k] = v;
    times[k] = iso;
    changed = true;
  }
  return { state: { values, times }, changed };
}

/**
 * Merges the merged profile's traits into the survivor's: per trait the newer value wins, the
 * survivor's on a tie. Returns the result and the traits taken from the merged profile (with their time).
 */
export function mergeTraits(survivor: TraitState, merged: TraitState): { state: TraitState; taken: Record<string, string> } {
  const values = { ...survivor.values };
  const times = { ...survivor.times };
  const taken: Record<string, string> = {};
  for (const [k, v] of Object.entries(merged.values)) {
    if (k in survivor.values && timeOf(merged, k) <= timeOf(survivor, k)) continue;
    values[k] = v;
    times[k] = timeOf(merged, k);
    taken[k] = times[k];
  }
  return { state: { values, times }, taken };
}
