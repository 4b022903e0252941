import { newId } from '@resonance/kernel';
import type { Queryable } from './fans.repository.js';
import type { IdentityRules } from './identity-rules.js';
import { withinLimits } from './identity-rules.service.js';
import { keyString, type PreparedIdentity } from './prepare-identities.js';
import { applyTraits, type TraitState, type TraitUpdate } from './traits.js';

export interface BatchItem {
  index: number;
  identities: readonly PreparedIdentity[];
  traits?: TraitUpdate;
  at: Date;
}

/** A group of events that share identifiers nobody holds yet: they all describe one new person. */
export interface NewPerson {
  items: BatchItem[];
  identities: PreparedIdentity[];
}

/**
 * Splits events into groups connected by shared identifiers (union–find over key strings). A group
 * whose identifiers are all unheld, with at most one identifying identity, within the limits together
 * is one new person — exactly what resolving its events one by one would end with — and can be
 * created in bulk; the rest are returned for one-by-one resolution.
 */
export function groupNewPeople(items: readonly BatchItem[], held: ReadonlySet<string>, rules: IdentityRules): { people: NewPerson[]; rest: BatchItem[] } {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  for (const it of items) {
    const keys = it.identities.map((p) => keyString(p.key));
    for (const k of keys) if (!parent.has(k)) parent.set(k, k);
    for (const k of keys.slice(1)) parent.set(find(k), find(keys[0]!));
  }
  const groups = new Map<string, BatchItem[]>();
  for (const it of items) {
    const root = find(keyString(it.identities[0]!.key));
    groups.set(root, [...(groups.get(root) ?? []), it]);
  }
  const people: NewPerson[] = [];
  const rest: BatchItem[] = [];
  for (const group of groups.values()) {
    const identities = [...new Map(group.flatMap((it) => it.identities).map((p) => [keyString(p.key), p])).values()];
    // with at most one identifying identity every link along the way is a merge resolveFan makes,
    // so the group ends as one profile whatever the order (see the README's order independence)
    const identifying = identities.filter((p) => (rules.identifying as string[]).includes(p.kind)).length;
    const fresh = identifying <= 1 && identities.every((p) => !held.has(keyString(p.key))) && withinLimits(rules, identities.map((p) => p.key));
    if (fresh) people.push({ items: group, identities });
    else rest.push(...group);
  }
  return { people, rest: rest.sort((a, b) => a.index - b.index) };
}

const json = (v: Record<string, unknown>) => (Object.keys(v).length > 0 ? v : null);

/** Creates every new person with two statements (profiles, then identities); returns their fan ids in order. */
export async function insertNewPeople(q: Queryable, workspaceId: string, people: readonly NewPerson[], now: Date): Promise<string[]> {
  if (people.length === 0) return [];
  const profiles = people.map((person) => {
    const items = [...person.items].sort((a, b) => a.at.getTime() - b.at.getTime());
    let state: TraitState = { values: {}, times: {} };
    for (const it of items) state = applyTraits(state, it.traits, it.at).state;
    const named = [state.values.name, state.values.nickname].find((v): v is string => typeof v === 'string' && v.trim().length > 0);
    const id = newId('fan', now.getTime());
    return {
      id,
      display_name: (named ?? id).trim().slice(0, 200),
      traits: json(state.values),
      trait_times: json(state.times),
      first_seen_at: items[0]!.at.toISOString(),
      last_seen_at: items[items.length - 1]!.at.toISOString(),
    };
  });
  await q.query(
    `insert into fans (id, workspace_id, display_name, traits, trait_times, first_seen_at, last_seen_at, created_at)
     select p->>'id', $1, p->>'display_name', nullif(p->'traits', 'null'::jsonb), nullif(p->'trait_times', 'null'::jsonb), (p->>'first_seen_at')::timestamptz, (p->>'last_seen_at')::timestamptz, $3
       from jsonb_array_elements($2::jsonb) as x(p)`,
    [workspaceId, JSON.stringify(profiles), now],
  );
  const keys = people.flatMap((person, i) =>
    person.identities.map((p) => ({ fan_id: profiles[i]!.id, kind: p.key.kind, namespace: p.key.namespace, value: p.key.value, value_enc: p.encrypt() })),
  );
  await q.query(
    `insert into fan_identities (workspace_id, fan_id, kind, namespace, value, value_enc, created_at)
     select $1, k->>'fan_id', k->>'kind', k->>'namespace', k->>'value', k->>'value_enc', $3 from jsonb_array_elements($2::jsonb) as x(k)`,
    [workspaceId, JSON.stringify(keys), now],
  );
  return profiles.map((p) => p.id);
}
