import type { Queryable } from './fans.repository.js';
import type { TraitState } from './traits.js';

/** One stored identity: PII kinds carry their lookup hash in `value`. */
export interface StoredKey {
  kind: string;
  namespace: string;
  value: string;
}

export interface ConsentEntry {
  granted: boolean;
  at: string;
  source: string;
  textVersion: string;
}

export interface ProfileRow {
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

const PROFILE = 'id, display_name, traits, trait_times, consent, first_seen_at, last_seen_at, created_at, merged_into';
const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));

export async function selectProfile(q: Queryable, workspaceId: string, fanId: string): Promise<ProfileRow | undefined> {
  return (await q.query<ProfileRow>(`select ${PROFILE} from fans where workspace_id = $1 and id = $2`, [workspaceId, fanId]))[0];
}

export const traitStateOf = (p: ProfileRow): TraitState => ({ values: p.traits ?? {}, times: p.trait_times ?? {} });

/** The owners of the given identities (fans holding them). */
export async function selectOwners(q: Queryable, workspaceId: string, keys: readonly StoredKey[]): Promise<(StoredKey & { fan_id: string })[]> {
  if (keys.length === 0) return [];
  return q.query(
    `select i.kind, i.namespace, i.value, i.fan_id from fan_identities i
       join unnest($2::text[], $3::text[], $4::text[]) k(kind, namespace, value)
         on i.kind = k.kind and i.namespace = k.namespace and i.value = k.value
      where i.workspace_id = $1`,
    [workspaceId, keys.map((k) => k.kind), keys.map((k) => k.namespace), keys.map((k) => k.value)],
  );
}

export async function selectKeys(q: Queryable, workspaceId: string, fanIds: readonly string[]): Promise<(StoredKey & { fan_id: string; value_enc: string | null })[]> {
  if (fanIds.length === 0) return [];
  return q.query(
    `select fan_id, kind, namespace, value, value_enc from fan_identities where workspace_id = $1 and fan_id = any($2::text[]) order by created_at, kind, namespace, value`,
    [workspaceId, fanIds],
  );
}

export async function insertProfile(q: Queryable, workspaceId: string, p: Omit<ProfileRow, 'merged_into'>): Promise<void> {
  await q.query(
    `insert into fans (id, workspace_id, display_name, traits, trait_times, consent, first_seen_at, last_seen_at, created_at)
     values ($1, $2, $3, $4::jsonb, $5::jsonb, $6::jsonb, $7, $8, $9)`,
    [p.id, workspaceId, p.display_name, json(p.traits), json(p.trait_times), json(p.consent), p.first_seen_at, p.last_seen_at, p.created_at],
  );
}

/** Writes the mutable part of a profile. */
export async function updateProfile(q: Queryable, workspaceId: string, p: ProfileRow): Promise<void> {
  await q.query(
    `update fans set display_name = $3, traits = $4::jsonb, trait_times = $5::jsonb, consent = $6::jsonb,
            first_seen_at = $7, last_seen_at = $8, merged_into = $9
      where workspace_id = $1 and id = $2`,
    [workspaceId, p.id, p.display_name, json(p.traits), json(p.trait_times), json(p.consent), p.first_seen_at, p.last_seen_at, p.merged_into],
  );
}

export async function insertKey(q: Queryable, workspaceId: string, fanId: string, k: StoredKey, valueEnc: string | null, now: Date): Promise<void> {
  await q.query(
    `insert into fan_identities (workspace_id, fan_id, kind, namespace, value, value_enc, created_at) values ($1, $2, $3, $4, $5, $6, $7)`,
    [workspaceId, fanId, k.kind, k.namespace, k.value, valueEnc, now],
  );
}

/** Moves the listed identities from one fan to another (only those still on `from`). */
export async function moveKeys(q: Queryable, workspaceId: string, from: string, to: string, keys: readonly StoredKey[]): Promise<void> {
  if (keys.length === 0) return;
  await q.query(
    `update fan_identities i set fan_id = $3
       from unnest($4::text[], $5::text[], $6::text[]) k(kind, namespace, value)
      where i.workspace_id = $1 and i.fan_id = $2 and i.kind = k.kind and i.namespace = k.namespace and i.value = k.value`,
    [workspaceId, from, to, keys.map((k) => k.kind), keys.map((k) => k.namespace), keys.map((k) => k.value)],
  );
}
