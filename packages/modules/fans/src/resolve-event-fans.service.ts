import type { Database } from '@resonance/db';
import { ValidationError, systemClock, type Clock, type SecretBox } from '@resonance/kernel';
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
 * workspace's identity lock. Identities an SDK sent that do not validate (a malformed e-mail) are
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
  const slow: number[] = [];
  prepared.forEach((ids, i) => {
    if (ids.length === 0) return;
    const held = new Set(ids.map((p) => owners.get(keyString(p.key))));
    if (held.size === 1 && !held.has(undefined) && !hasTraits(requests[i]!.traits)) results[i]!.fanId = [...held][0]!;
    else if (held.size === 1 && held.has(undefined) && ids.every((p) => p.kind === 'anonymous_id')) return;
    else slow.push(i);
  });
  if (slow.length === 0) return results;

  await inIdentityTx(db, workspaceId, async (q) => {
    for (const i of slow) {
      const r = await resolveInSession(q, { workspaceId, rules, now }, prepared[i]!, { traits: requests[i]!.traits, at: requests[i]!.at }, { reason: 'identify', actor: opts.actor });
      results[i] = { fanId: r.fanId, created: r.created, linkedAnonymousIds: r.linked.filter((l) => l.kind === 'anonymous_id').map((l) => l.value) };
    }
  });
  return results;
}

function prepareLeniently(input: IdentityInput[], ctx: Parameters<typeof prepareIdentities>[1]): PreparedIdentity[] {
  const ok: IdentityInput[] = [];
  for (const idn of input) {
    try {
      prepareIdentities([idn], ctx);
      ok.push(idn);
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
    }
  }
  return prepareIdentities(ok, ctx).identities;
}
