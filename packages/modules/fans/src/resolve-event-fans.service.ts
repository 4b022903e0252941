import type { Database } from '@resonance/db';
import { ValidationError, systemClock, type Clock, type SecretBox } from '@resonance/kernel';
import { groupNewPeople, insertNewPeople } from './create-fans-batch.js';
import { inIdentityTx } from './fans-tx.js';
import { lookupSalt } from './fans.repository.js';
import { getIdentityRules } from './identity-rules.service.js';
import { keyString, prepareIdentities, type IdentityInput, type PreparedIdentity } from './prepare-identities.js';
import { selectOwners } from './profile.repository.js';
import { resolveInSession } from './resolve-fan.service.js';
import type { TraitUpdate } from './traits.js';

/** The identities and traits one ingested event carries. */
export interface EventIdentityRequest {
  identities: IdentityInput[];
  traits?: TraitUpdate;
  /** The event's time: first/last seen and the traits' update time. */
  at: Date;
}

export interface EventIdentityResult {
  /** The event's fan; null when it carries only anonymous ids nobody has identified yet (or nothing usable). */
  fanId: string | null;
  /** Anonymous ids this event newly linked to `fanId`: their earlier anonymous events now belong to it. */
  linkedAnonymousIds: string[];
  /** `fanId` was created for this event. */
  created: boolean;
}

const hasTraits = (t: TraitUpdate | undefined) => !!t && (Object.keys(t.$set ?? {}).length > 0 || Object.keys(t.$set_once ?? {}).length > 0);

/**
 * Resolves the fans of a batch of ingested events in order, with the identity rules of `resolveFan`.
 * Fast path (no lock, one query for the whole batch): an event without traits whose identities all
 * belong to one fan. An event with only unknown anonymous ids stays anonymous (no profile is created
 * for a visitor until an identify, a user id or a platform identity names them, as PostHog's
 * "identified only" profiles). Everything else is resolved in ONE transaction holding the
 * workspace's identity lock: events about a new person (identifiers nobody holds, connected by
 * shared identifiers, within the limits) are created in bulk, the rest resolved one by one. Identities an SDK sent that do not validate (a malformed e-mail) are
 * ignored for resolution; the event itself is still stored.
 */
export async function resolveEventFans(
  db: Database,
  secrets: SecretBox,
  workspaceId: string,
  requests: readonly EventIdentityRequest[],
  opts: { actor?: string; clock?: Clock } = {},
): Promise<EventIdentityResult[]> {
  const now = (opts.clock ?? systemClock).now();
  const rules = await getIdentityRules(db, workspaceId);
  const salt = await lookupSalt(db, workspaceId, now);
  const prepared = requests.map((r) => prepareLeniently(r.identities, { workspaceId, salt, secrets, rules }));
  const allKeys = [...new Map(prepared.flat().map((p) => [keyString(p.key), p.key])).values()];
  const owners = new Map((allKeys.length ? await selectOwners(db, workspaceId, allKeys) : []).map((o) => [keyString(o), o.fan_id]));

  const results: EventIdentityResult[] = requests.map(() => ({ fanId: null, linkedAnonymousIds: [], created: false }));
  let slow: number[] = [];
  const anonymousOnly: number[] = [];
  prepared.forEach((ids, i) => {
    if (ids.length === 0) return;
    const held = new Set(ids.map((p) => owners.get(keyString(p.key))));
    if (held.size === 1 && !held.has(undefined) && !hasTraits(requests[i]!.traits)) results[i]!.fanId = [...held][0]!;
    else if (held.size === 1 && held.has(undefined) && ids.every((p) => p.kind === 'anonymous_id')) anonymousOnly.push(i);
    else slow.push(i);
  });
  // an unknown anonymous id that an earlier event of this batch links resolves as it would one event at a time
  const isSlow = new Set(slow);
  const anonymous = new Set(anonymousOnly);
  const linked = new Set<string>();
  for (let i = 0; i < prepared.length; i++) {
    const keys = prepared[i]!.map((p) => keyString(p.key));
    if (anonymous.has(i) && keys.some((k) => linked.has(k))) isSlow.add(i);
    if (isSlow.has(i)) for (const k of keys) linked.add(k);
  }
  slow = [...isSlow].sort((a, b) => a - b);
  if (slow.length === 0) return results;

  await inIdentityTx(db, workspaceId, async (q) => {
    // who holds these identifiers now that we hold the lock; groups of events about one new person are created in bulk
    const slowKeys = [...new Map(slow.flatMap((i) => prepared[i]!.map((p) => [keyString(p.key), p.key]))).values()];
    const held = new Set((await selectOwners(q, workspaceId, slowKeys)).map((o) => keyString(o)));
    const items = slow.map((i) => ({ index: i, identities: prepared[i]!, traits: requests[i]!.traits, at: requests[i]!.at }));
    const { people, rest } = groupNewPeople(items, held, rules);
    const ids = await insertNewPeople(q, workspaceId, people, now);
    people.forEach((person, k) => {
      const first = Math.min(...person.items.map((it) => it.index));
      const anonymous = person.identities.filter((p) => p.kind === 'anonymous_id').map((p) => p.value);
      for (const it of person.items) results[it.index] = { fanId: ids[k]!, created: it.index === first, linkedAnonymousIds: it.index === first ? anonymous : [] };
    });
    for (const { index: i } of rest) {
      const ids = prepared[i]!;
      if (ids.every((p) => p.kind === 'anonymous_id') && (await selectOwners(q, workspaceId, ids.map((p) => p.key))).length === 0) continue; // still nobody's
      const r = await resolveInSession(q, { workspaceId, rules, now }, prepared[i]!, { traits: requests[i]!.traits, at: requests[i]!.at }, { reason: 'identify', actor: opts.actor });
      results[i] = { fanId: r.fanId, created: r.created, linkedAnonymousIds: r.linked.filter((l) => l.kind === 'anonymous_id').map((l) => l.value) };
    }
  });
  return results;
}

function prepareLeniently(input: IdentityInput[], ctx: Parameters<typeof prepareIdentities>[1]): PreparedIdentity[] {
  try {
    return prepareIdentities(input, ctx).identities;
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    // one identity does not validate (a malformed e-mail): keep the others
    return prepareIdentities(
      input.filter((idn) => {
        try {
          prepareIdentities([idn], ctx);
          return true;
        } catch (e) {
          if (!(e instanceof ValidationError)) throw e;
          return false;
        }
      }),
      ctx,
    ).identities;
  }
}
