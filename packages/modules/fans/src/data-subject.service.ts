import type { Database } from '@resonance/db';
import { conflict, type SecretBox } from '@resonance/kernel';
import { canonicalFanId } from './canonical.service.js';
import { selectConsentRecords, type ConsentRecord } from './consent-record.repository.js';
import { inIdentityTx } from './fans-tx.js';
import type { Queryable } from './fans.repository.js';
import { mergeGroupIds } from './merge-group.repository.js';
import { PII_PURPOSE } from './pii.js';
import type { ConsentEntry } from './profile.repository.js';

/** Who a data-subject request is about: the canonical profile, every id merged into it, its anonymous ids. */
export interface FanDataScope {
  /** The canonical profile. */
  fanId: string;
  /** The canonical id first, then every fan id merged into it. */
  fanIds: string[];
  /** The values of the profile's `anonymous_id` identities (their not-yet-identified events wait under them). */
  anonymousIds: string[];
}

export interface FanRecordProfile {
  id: string;
  displayName: string;
  traits: Record<string, unknown>;
  traitTimes: Record<string, string>;
  firstSeenAt: string | null;
  lastSeenAt: string | null;
  createdAt: string;
  /** Set on profiles merged into another (their identities moved there). */
  mergedInto: string | null;
}

export interface FanRecordIdentity {
  /** The profile holding it. */
  fanId: string;
  kind: string;
  namespace: string;
  /** In clear: e-mail and phone decrypted. */
  value: string;
  createdAt: string;
}

export interface FanRecordMerge {
  id: string;
  survivorId: string;
  mergedId: string;
  reason: string;
  actor: string;
  createdAt: string;
  undoneAt: string | null;
  undoneBy: string | null;
  /** Only when the merged profile belongs to this person (an undone merge may involve someone else). PII as lookup hashes. */
  movedIdentities?: unknown;
  /** The merged profile before the merge, only when it belongs to this person. */
  mergedSnapshot?: unknown;
  /** The surviving profile before the merge, only when it belongs to this person. */
  survivorSnapshot?: unknown;
}

/** Everything the fans module holds about one person. */
export interface FanRecord extends FanDataScope {
  profile: FanRecordProfile;
  /** The profiles merged into it (their own rows as they were left by the merge). */
  mergedProfiles: FanRecordProfile[];
  identities: FanRecordIdentity[];
  /** The current decision per purpose. */
  consent: Record<string, ConsentEntry>;
  /** Every decision ever recorded, newest first. */
  consentRecords: ConsentRecord[];
  merges: FanRecordMerge[];
}

interface ProfileRow {
  id: string;
  display_name: string;
  traits: Record<string, unknown> | null;
  trait_times: Record<string, string> | null;
  consent: Record<string, ConsentEntry> | null;
  first_seen_at: Date | null;
  last_seen_at: Date | null;
  created_at: Date;
  merged_into: string | null;
}

const iso = (d: Date | null) => d?.toISOString() ?? null;
const toProfile = (p: ProfileRow): FanRecordProfile => ({
  id: p.id,
  displayName: p.display_name,
  traits: p.traits ?? {},
  traitTimes: p.trait_times ?? {},
  firstSeenAt: iso(p.first_seen_at),
  lastSeenAt: iso(p.last_seen_at),
  createdAt: p.created_at.toISOString(),
  mergedInto: p.merged_into,
});

async function scopeIn(q: Queryable, workspaceId: string, fanId: string): Promise<FanDataScope> {
  const canonical = await canonicalFanId(q, workspaceId, fanId);
  const fanIds = await mergeGroupIds(q, workspaceId, canonical);
  const anon = await q.query<{ value: string }>(
    `select value from fan_identities where workspace_id = $1 and fan_id = any($2::text[]) and kind = 'anonymous_id' order by created_at, value`,
    [workspaceId, fanIds],
  );
  return { fanId: canonical, fanIds, anonymousIds: anon.map((r) => r.value) };
}

/** The scope of a data-subject request for a fan id (a merged id gives its canonical profile's group); unknown → 404. */
export async function fanDataScope(db: Pick<Database, 'query'>, workspaceId: string, fanId: string): Promise<FanDataScope> {
  return scopeIn(db, workspaceId, fanId);
}

/**
 * Everything about one person in the fans module, for a data-subject export: the canonical
 * profile, the profiles merged into it, identities with e-mail and phone DECRYPTED, the current
 * consent and every consent record, and the merge history (snapshots only of this person's profiles).
 */
export async function fanRecord(db: Database, secrets: SecretBox, workspaceId: string, fanId: string): Promise<FanRecord> {
  const scope = await scopeIn(db, workspaceId, fanId);
  const group = new Set(scope.fanIds);
  const profiles = await db.query<ProfileRow>(
    `select id, display_name, traits, trait_times, consent, first_seen_at, last_seen_at, created_at, merged_into
       from fans where workspace_id = $1 and id = any($2::text[]) order by id`,
    [workspaceId, scope.fanIds],
  );
  const main = profiles.find((p) => p.id === scope.fanId)!;
  const ids = await db.query<{ fan_id: string; kind: string; namespace: string; value: string; value_enc: string | null; created_at: Date }>(
    `select fan_id, kind, namespace, value, value_enc, created_at from fan_identities
      where workspace_id = $1 and fan_id = any($2::text[]) order by created_at, kind, namespace, value`,
    [workspaceId, scope.fanIds],
  );
  const merges = await db.query<{
    id: string; survivor_id: string; merged_id: string; reason: string; moved_identities: unknown; merged_snapshot: unknown;
    survivor_snapshot: unknown; actor: string; created_at: Date; undone_at: Date | null; undone_by: string | null;
  }>(
    `select * from fan_merges where workspace_id = $1 and (survivor_id = any($2::text[]) or merged_id = any($2::text[])) order by created_at, id`,
    [workspaceId, scope.fanIds],
  );
  return {
    ...scope,
    profile: toProfile(main),
    mergedProfiles: profiles.filter((p) => p.id !== scope.fanId).map(toProfile),
    identities: ids.map((r) => ({
      fanId: r.fan_id,
      kind: r.kind,
      namespace: r.namespace,
      value: r.value_enc === null ? r.value : secrets.decrypt(r.value_enc, { workspaceId, purpose: PII_PURPOSE }),
      createdAt: r.created_at.toISOString(),
    })),
    consent: main.consent ?? {},
    consentRecords: await selectConsentRecords(db, workspaceId, scope.fanIds),
    merges: merges.map((m) => ({
      id: m.id,
      survivorId: m.survivor_id,
      mergedId: m.merged_id,
      reason: m.reason,
      actor: m.actor,
      createdAt: m.created_at.toISOString(),
      undoneAt: iso(m.undone_at),
      undoneBy: m.undone_by,
      ...(group.has(m.merged_id) ? { movedIdentities: m.moved_identities, mergedSnapshot: m.merged_snapshot } : {}),
      ...(group.has(m.survivor_id) ? { survivorSnapshot: m.survivor_snapshot } : {}),
    })),
  };
}

/** What `eraseFanProfile` removed: the scope it erased and row counts (no personal data). */
export interface ErasedProfile extends FanDataScope {
  fans: number;
  identities: number;
  consentRecords: number;
  merges: number;
  aliases: number;
}

const count = async (q: Queryable, sql: string, params: unknown[]) =>
  (await q.query<{ n: number }>(`with d as (${sql} returning 1) select count(*)::int as n from d`, params))[0]!.n;

/**
 * Hard-deletes a person from the fans module in one identity transaction: the canonical profile
 * of `fanId` and every profile merged into it, their identities, consent records, merge history
 * (including undone merges with other profiles) and alias rows. Irreversible. Returns the scope
 * (the caller erases the events of `fanIds` and `anonymousIds`) and the counts.
 * `onlyIfCanonical`: refuse (409) when `fanId` has meanwhile been merged into another profile,
 * so a merge racing with an erasure never widens it to someone else's profile.
 */
export async function eraseFanProfile(db: Database, workspaceId: string, fanId: string, opts: { onlyIfCanonical?: boolean } = {}): Promise<ErasedProfile> {
  return inIdentityTx(db, workspaceId, async (q) => {
    const scope = await scopeIn(q, workspaceId, fanId);
    if (opts.onlyIfCanonical && scope.fanId !== fanId) throw conflict(`fan ${fanId} was merged into ${scope.fanId} meanwhile; erase that profile instead`, { fanId, mergedInto: scope.fanId });
    const p = [workspaceId, scope.fanIds];
    const identities = await count(q, `delete from fan_identities where workspace_id = $1 and fan_id = any($2::text[])`, p);
    const consentRecords = await count(q, `delete from fan_consent_records where workspace_id = $1 and fan_id = any($2::text[])`, p);
    const merges = await count(q, `delete from fan_merges where workspace_id = $1 and (survivor_id = any($2::text[]) or merged_id = any($2::text[]))`, p);
    const aliases = await count(q, `delete from fan_aliases where workspace_id = $1 and (fan_id = any($2::text[]) or canonical_id = any($2::text[]))`, p);
    const fans = await count(q, `delete from fans where workspace_id = $1 and id = any($2::text[])`, p);
    return { ...scope, fans, identities, consentRecords, merges, aliases };
  });
}
