import type { Database, Session } from '@resonance/db';
import { invalidField, newId, systemClock, type Clock, type SecretBox } from '@resonance/kernel';
import { inIdentityTx } from './fans-tx.js';
import { lookupSalt } from './fans.repository.js';
import type { IdentityRules } from './identity-rules.js';
import { getIdentityRules, isIdentified, withinLimits } from './identity-rules.service.js';
import { performMerge, type MergeSummary } from './perform-merge.js';
import { keyString, prepareIdentities, type IdentityInput, type PreparedIdentity, type ResolvedIdentity } from './prepare-identities.js';
import { insertKey, insertProfile, selectKeys, selectOwners, type StoredKey } from './profile.repository.js';
import { touchProfile } from './touch-profile.js';
import type { TraitUpdate } from './traits.js';

export interface ResolveInput {
  identities?: IdentityInput[];
  traits?: TraitUpdate;
  /** When the person was seen (event time): first/last seen and the traits' update time. Default now. */
  at?: Date;
}

export interface ResolveOptions {
  /** Recorded on merges this resolve causes; default 'shared_identifier'. */
  reason?: 'identify' | 'alias';
  /** Who caused it (source id, user id); default 'system'. */
  actor?: string;
  /** Display name of a newly created fan; default the `name`/`nickname` trait, else the fan id. */
  displayName?: string;
  clock?: Clock;
}

/** An identity that was not linked, and why: another identified profile holds it, or a limit forbids it. */
export interface IdentityConflict {
  identity: ResolvedIdentity;
  /** The profile holding the identity (not merged), or the target when the identity itself did not fit. */
  fanId: string;
  reason: 'identified' | 'limit';
}

export interface ResolveResult {
  fanId: string;
  created: boolean;
  /** Identities newly attached to `fanId` by this call. */
  linked: ResolvedIdentity[];
  merged: MergeSummary[];
  conflicts: IdentityConflict[];
  /** Indexes of input identities ignored as junk values. */
  ignored: number[];
}

const plain = (p: PreparedIdentity): ResolvedIdentity => ({ kind: p.kind, namespace: p.namespace, value: p.value });

/**
 * Finds or creates the fan for a set of identities and links them (see README "Identity rules"):
 * the highest-priority identity picks the target profile; other profiles holding input identities
 * merge into it unless both are identified or a limit would be exceeded; unheld identities attach
 * when within limits. Applies traits and first/last seen. Serialised per workspace.
 */
export async function resolveFan(db: Database, secrets: SecretBox, workspaceId: string, input: ResolveInput, opts: ResolveOptions = {}): Promise<ResolveResult> {
  const now = (opts.clock ?? systemClock).now();
  const at = input.at ?? now;
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) throw invalidField('at', 'must be a valid date');
  return inIdentityTx(db, workspaceId, async (q) => {
    const rules = await getIdentityRules(q, workspaceId);
    const salt = await lookupSalt(q, workspaceId, now);
    const { identities, ignored } = prepareIdentities(input.identities ?? [], { workspaceId, salt, secrets, rules });
    if (identities.length === 0) throw invalidField('identities', 'needs at least one identity whose value is not a placeholder such as null, 0 or anonymous');
    return { ...(await resolveInSession(q, { workspaceId, rules, now }, identities, { ...input, at }, opts)), ignored };
  });
}

export interface SessionScope {
  workspaceId: string;
  rules: IdentityRules;
  now: Date;
}

/**
 * The resolution itself, inside a transaction that holds the workspace's identity lock (see
 * `inIdentityTx`); `identities` are prepared (validated, no junk, by priority) and not empty.
 */
export async function resolveInSession(
  q: Session,
  scope: SessionScope,
  identities: readonly PreparedIdentity[],
  input: ResolveInput & { at: Date },
  opts: ResolveOptions,
): Promise<Omit<ResolveResult, 'ignored'>> {
  const { workspaceId, rules, now } = scope;
  const at = input.at;
  const owners = new Map((await selectOwners(q, workspaceId, identities.map((p) => p.key))).map((o) => [keyString(o), o.fan_id]));
  const candidates = [...new Set(identities.flatMap((p) => owners.get(keyString(p.key)) ?? []))];
  const keys = new Map<string, StoredKey[]>(candidates.map((id) => [id, []]));
  for (const k of await selectKeys(q, workspaceId, candidates)) keys.get(k.fan_id)!.push({ kind: k.kind, namespace: k.namespace, value: k.value });
  let created = false;
  const linked: ResolvedIdentity[] = [];
  const attach = async (fanId: string, p: PreparedIdentity) => {
    await insertKey(q, workspaceId, fanId, p.key, p.encrypt(), now);
    keys.get(fanId)!.push(p.key);
    linked.push(plain(p));
  };

  const first = identities[0]!;
  let target = owners.get(keyString(first.key));
  if (target === undefined) {
    target = candidates.find((id) => withinLimits(rules, [...keys.get(id)!, first.key]));
    if (target === undefined) {
      target = await createFan(q, workspaceId, input, opts, now, at);
      keys.set(target, []);
      created = true;
    }
    await attach(target, first);
  }

  const merged: MergeSummary[] = [];
  const conflicts: IdentityConflict[] = [];
  for (const other of candidates) {
    if (other === target) continue;
    const both = isIdentified(rules, keys.get(target)!) && isIdentified(rules, keys.get(other)!);
    if (both || !withinLimits(rules, [...keys.get(target)!, ...keys.get(other)!])) {
      for (const p of identities) if (owners.get(keyString(p.key)) === other) conflicts.push({ identity: plain(p), fanId: other, reason: both ? 'identified' : 'limit' });
      continue;
    }
    const survivor = await pickSurvivor(q, workspaceId, target, other, isIdentified(rules, keys.get(target)!), isIdentified(rules, keys.get(other)!));
    const loser = survivor === target ? other : target;
    merged.push(await performMerge(q, workspaceId, survivor, loser, opts.reason ?? 'shared_identifier', opts.actor ?? 'system', now));
    keys.set(survivor, [...keys.get(survivor)!, ...keys.get(loser)!]);
    target = survivor;
  }

  for (const p of identities) {
    if (p === first || owners.has(keyString(p.key))) continue;
    if (withinLimits(rules, [...keys.get(target)!, p.key])) await attach(target, p);
    else conflicts.push({ identity: plain(p), fanId: target, reason: 'limit' });
  }
  await touchProfile(q, workspaceId, target, input.traits, at);
  return { fanId: target, created, linked, merged, conflicts };
}

/** The identified profile survives a merge; between equals the older one (then the smaller id). */
async function pickSurvivor(q: Session, workspaceId: string, target: string, other: string, targetIdentified: boolean, otherIdentified: boolean): Promise<string> {
  if (targetIdentified !== otherIdentified) return targetIdentified ? target : other;
  const rows = await q.query<{ id: string }>(
    `select id from fans where workspace_id = $1 and id = any($2::text[]) order by created_at, id limit 1`,
    [workspaceId, [target, other]],
  );
  return rows[0]!.id;
}

async function createFan(q: Session, workspaceId: string, input: ResolveInput, opts: ResolveOptions, now: Date, at: Date): Promise<string> {
  const id = newId('fan', now.getTime());
  const set = { ...(input.traits?.$set_once ?? {}), ...(input.traits?.$set ?? {}) };
  const named = [opts.displayName, set.name, set.nickname].find((v): v is string => typeof v === 'string' && v.trim().length > 0);
  await insertProfile(q, workspaceId, {
    id, display_name: (named ?? id).trim().slice(0, 200), traits: null, trait_times: null, consent: null,
    first_seen_at: at, last_seen_at: at, created_at: now,
  });
  return id;
}
