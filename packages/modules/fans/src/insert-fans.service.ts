import type { Database } from '@resonance/db';
import { invalidField, newId, systemClock, type Clock, type SecretBox } from '@resonance/kernel';
import { IDENTITY_KINDS, PII_KINDS, type IdentityKind, type NewFan, type NewIdentity } from './fans.types.js';
import { copyFanRows, copyIdentityRows, lookupSalt, selectFanIdByIdentity } from './fans.repository.js';
import { PII_PURPOSE, normalizeIdentityValue, piiLookupHash } from './pii.js';

/** Builds identity rows: PII values become (salted lookup hash, SecretBox envelope). */
function identityRows(
  secrets: SecretBox,
  workspaceId: string,
  salt: string,
  items: readonly (NewIdentity & { fanId: string })[],
  now: Date,
  path: (i: number) => string,
): unknown[][] {
  return items.map((idn, i) => {
    if (!(IDENTITY_KINDS as readonly string[]).includes(idn.kind)) throw invalidField(`${path(i)}.kind`, `must be one of ${IDENTITY_KINDS.join(', ')}`);
    const kind: IdentityKind = idn.kind;
    const value = normalizeIdentityValue(kind, idn.value, `${path(i)}.value`);
    const pii = PII_KINDS.includes(kind);
    return [
      workspaceId,
      idn.fanId,
      kind,
      idn.namespace ?? '',
      pii ? piiLookupHash(salt, kind, value) : value,
      pii ? secrets.encrypt(value, { workspaceId, purpose: PII_PURPOSE }) : null,
      now,
    ];
  });
}

/** Bulk-inserts fans with their identities (COPY). Returns the fan ids in input order. */
export async function insertFans(db: Database, secrets: SecretBox, workspaceId: string, fans: readonly NewFan[], clock: Clock = systemClock): Promise<string[]> {
  const now = clock.now();
  const salt = await lookupSalt(db, workspaceId, now);
  const ids: string[] = [];
  const fanRows: unknown[][] = [];
  const idItems: (NewIdentity & { fanId: string })[] = [];
  const idPaths: string[] = [];
  fans.forEach((f, i) => {
    const name = typeof f.displayName === 'string' ? f.displayName.trim() : '';
    if (name.length === 0 || name.length > 200) throw invalidField(`fans[${i}].displayName`, 'must be 1–200 characters');
    const id = f.id ?? newId('fan', now.getTime());
    if (!id.startsWith('fan_')) throw invalidField(`fans[${i}].id`, 'must start with fan_');
    ids.push(id);
    const traits = f.traits && Object.keys(f.traits).length > 0 ? f.traits : null;
    fanRows.push([id, workspaceId, name, traits, f.firstSeenAt ?? null, f.lastSeenAt ?? null, f.createdAt ?? now]);
    (f.identities ?? []).forEach((idn, j) => {
      idItems.push({ ...idn, fanId: id });
      idPaths.push(`fans[${i}].identities[${j}]`);
    });
  });
  const rows = identityRows(secrets, workspaceId, salt, idItems, now, (k) => idPaths[k]!);
  await copyFanRows(db, fanRows);
  await copyIdentityRows(db, rows);
  return ids;
}

/** Bulk-adds identities to existing fans of the workspace. */
export async function insertFanIdentities(
  db: Database,
  secrets: SecretBox,
  workspaceId: string,
  identities: readonly (NewIdentity & { fanId: string })[],
  clock: Clock = systemClock,
): Promise<void> {
  const now = clock.now();
  const salt = await lookupSalt(db, workspaceId, now);
  await copyIdentityRows(db, identityRows(secrets, workspaceId, salt, identities, now, (i) => `identities[${i}]`));
}

/** The fan an identifier belongs to, or null. PII values are found by their lookup hash. */
export async function findFanByIdentity(db: Database, workspaceId: string, identity: NewIdentity, clock: Clock = systemClock): Promise<string | null> {
  const value = normalizeIdentityValue(identity.kind, identity.value, 'value');
  const stored = PII_KINDS.includes(identity.kind) ? piiLookupHash(await lookupSalt(db, workspaceId, clock.now()), identity.kind, value) : value;
  return selectFanIdByIdentity(db, workspaceId, identity.kind, identity.namespace ?? '', stored);
}
