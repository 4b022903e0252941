import { randomBytes } from 'node:crypto';
import type { Database } from '@resonance/db';

/** A database or a session inside a transaction. */
export type Queryable = Pick<Database, 'query'>;

export interface FanRow {
  id: string;
  display_name: string;
  traits: Record<string, unknown> | null;
  first_seen_at: Date | null;
  last_seen_at: Date | null;
  created_at: Date;
}

export interface IdentityRow {
  fan_id: string;
  kind: string;
  namespace: string;
  value: string;
  value_enc: string | null;
}

export const FAN_COLUMNS = ['id', 'workspace_id', 'display_name', 'traits', 'first_seen_at', 'last_seen_at', 'created_at'] as const;
export const IDENTITY_COLUMNS = ['workspace_id', 'fan_id', 'kind', 'namespace', 'value', 'value_enc', 'created_at'] as const;

const CHUNK = 20_000;

async function copyChunked(db: Database, table: string, cols: readonly string[], rows: unknown[][]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await db.copyRows(table, cols, rows.slice(i, i + CHUNK));
}

/** COPY rows in FAN_COLUMNS order. */
export const copyFanRows = (db: Database, rows: unknown[][]) => copyChunked(db, 'fans', FAN_COLUMNS, rows);
/** COPY rows in IDENTITY_COLUMNS order. */
export const copyIdentityRows = (db: Database, rows: unknown[][]) => copyChunked(db, 'fan_identities', IDENTITY_COLUMNS, rows);

/** The workspace's PII lookup salt, created (random, 32 bytes) on first use; a plain read once it exists. */
export async function lookupSalt(db: Queryable, workspaceId: string, now: Date): Promise<string> {
  const existing = await db.query<{ lookup_salt: string }>('select lookup_salt from fans_settings where workspace_id = $1', [workspaceId]);
  if (existing[0]) return existing[0].lookup_salt;
  await db.query(
    `insert into fans_settings (workspace_id, lookup_salt, created_at) values ($1, $2, $3) on conflict (workspace_id) do nothing`,
    [workspaceId, randomBytes(32).toString('base64url'), now],
  );
  const rows = await db.query<{ lookup_salt: string }>('select lookup_salt from fans_settings where workspace_id = $1', [workspaceId]);
  return rows[0]!.lookup_salt;
}

export async function selectFan(db: Database, workspaceId: string, fanId: string): Promise<FanRow | undefined> {
  const rows = await db.query<FanRow>(
    `select id, display_name, traits, first_seen_at, last_seen_at, created_at from fans where workspace_id = $1 and id = $2`,
    [workspaceId, fanId],
  );
  return rows[0];
}

export async function selectIdentities(db: Database, workspaceId: string, fanIds: readonly string[]): Promise<IdentityRow[]> {
  if (fanIds.length === 0) return [];
  return db.query<IdentityRow>(
    `select fan_id, kind, namespace, value, value_enc from fan_identities
      where workspace_id = $1 and fan_id = any($2::text[]) order by fan_id, kind, namespace, created_at`,
    [workspaceId, fanIds],
  );
}

export async function selectFanIdByIdentity(db: Database, workspaceId: string, kind: string, namespace: string, value: string): Promise<string | null> {
  const rows = await db.query<{ fan_id: string }>(
    `select fan_id from fan_identities where workspace_id = $1 and kind = $2 and namespace = $3 and value = $4`,
    [workspaceId, kind, namespace, value],
  );
  return rows[0]?.fan_id ?? null;
}
