import type { Database } from '@resonance/db';
import type { Account, AccountStatus } from './accounts.types.js';

interface Row {
  id: string;
  workspace_id: string;
  brand_id: string;
  platform: string;
  name: string;
  handle: string | null;
  remote_account_id: string | null;
  status: AccountStatus;
  simulates: string | null;
  followers_at_connect: number | null;
  credential_fields: string[];
  credentials_key_id: string | null;
  connected_at: Date | null;
  created_at: Date;
  disconnected_at: Date | null;
}

const COLS = `id, workspace_id, brand_id, platform, name, handle, remote_account_id, status, simulates, followers_at_connect,
  credential_fields, credentials_key_id, connected_at, created_at, disconnected_at`;

const toAccount = (r: Row): Account => ({
  id: r.id,
  workspaceId: r.workspace_id,
  brandId: r.brand_id,
  platform: r.platform,
  name: r.name,
  handle: r.handle,
  remoteAccountId: r.remote_account_id,
  status: r.status,
  simulates: r.simulates,
  followersAtConnect: r.followers_at_connect,
  credentialFieldsSet: r.credential_fields,
  credentialsKeyId: r.credentials_key_id,
  connectedAt: r.connected_at,
  createdAt: r.created_at,
  disconnectedAt: r.disconnected_at,
});

/** The sealed credentials of an account (null = none stored). */
export interface SealedCredentials {
  enc: string;
  keyId: string;
  fields: string[];
}

export type NewAccount = Omit<Account, 'credentialFieldsSet' | 'credentialsKeyId'> & { credentials: SealedCredentials | null };

export async function insertAccount(db: Database, a: NewAccount): Promise<Account> {
  const [row] = await db.query<Row>(
    `insert into accounts (id, workspace_id, brand_id, platform, name, handle, remote_account_id, status, simulates,
       followers_at_connect, credentials_enc, credentials_key_id, credential_fields, connected_at, created_at, disconnected_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::jsonb, $14, $15, $16) returning ${COLS}`,
    [
      a.id, a.workspaceId, a.brandId, a.platform, a.name, a.handle, a.remoteAccountId, a.status, a.simulates, a.followersAtConnect,
      a.credentials?.enc ?? null, a.credentials?.keyId ?? null, JSON.stringify(a.credentials?.fields ?? []),
      a.connectedAt, a.createdAt, a.disconnectedAt,
    ],
  );
  return toAccount(row!);
}

export async function findAccount(db: Database, workspaceId: string, accountId: string): Promise<Account | undefined> {
  const [row] = await db.query<Row>(`select ${COLS} from accounts where workspace_id = $1 and id = $2`, [workspaceId, accountId]);
  return row ? toAccount(row) : undefined;
}

export async function findAccountByRemoteId(db: Database, workspaceId: string, platform: string, remoteAccountId: string): Promise<Account | undefined> {
  const [row] = await db.query<Row>(
    `select ${COLS} from accounts where workspace_id = $1 and platform = $2 and remote_account_id = $3`,
    [workspaceId, platform, remoteAccountId],
  );
  return row ? toAccount(row) : undefined;
}

export async function findCredentialsEnvelope(db: Database, workspaceId: string, accountId: string): Promise<string | null | undefined> {
  const [row] = await db.query<{ credentials_enc: string | null }>('select credentials_enc from accounts where workspace_id = $1 and id = $2', [
    workspaceId,
    accountId,
  ]);
  return row ? row.credentials_enc : undefined;
}

export async function listAccountRows(db: Database, workspaceId: string): Promise<Account[]> {
  const rows = await db.query<Row>(`select ${COLS} from accounts where workspace_id = $1 order by created_at, id`, [workspaceId]);
  return rows.map(toAccount);
}

/** Connected accounts of every workspace (system jobs such as scheduled syncs), oldest first. */
export async function listConnectedAccountRows(db: Database): Promise<Account[]> {
  const rows = await db.query<Row>(`select ${COLS} from accounts where status = 'connected' order by created_at, id`);
  return rows.map(toAccount);
}

export interface AccountPatch {
  brandId?: string;
  name?: string;
  handle?: string | null;
  remoteAccountId?: string | null;
  status?: AccountStatus;
  simulates?: string | null;
  followersAtConnect?: number | null;
  /** null wipes the stored credentials. */
  credentials?: SealedCredentials | null;
  connectedAt?: Date | null;
  disconnectedAt?: Date | null;
}

const COLUMN: Record<Exclude<keyof AccountPatch, 'credentials'>, string> = {
  brandId: 'brand_id',
  name: 'name',
  handle: 'handle',
  remoteAccountId: 'remote_account_id',
  status: 'status',
  simulates: 'simulates',
  followersAtConnect: 'followers_at_connect',
  connectedAt: 'connected_at',
  disconnectedAt: 'disconnected_at',
};

export async function updateAccountRow(db: Database, workspaceId: string, accountId: string, patch: AccountPatch): Promise<Account | undefined> {
  const sets: string[] = [];
  const params: unknown[] = [workspaceId, accountId];
  const set = (column: string, value: unknown, cast = '') => {
    params.push(value);
    sets.push(`${column} = $${params.length}${cast}`);
  };
  for (const [key, column] of Object.entries(COLUMN) as [keyof typeof COLUMN, string][]) {
    if (patch[key] !== undefined) set(column, patch[key]);
  }
  if (patch.credentials !== undefined) {
    set('credentials_enc', patch.credentials?.enc ?? null);
    set('credentials_key_id', patch.credentials?.keyId ?? null);
    set('credential_fields', JSON.stringify(patch.credentials?.fields ?? []), '::jsonb');
  }
  if (sets.length === 0) return findAccount(db, workspaceId, accountId);
  const [row] = await db.query<Row>(`update accounts set ${sets.join(', ')} where workspace_id = $1 and id = $2 returning ${COLS}`, params);
  return row ? toAccount(row) : undefined;
}

/** Envelopes not sealed under `keyId`, in id order after `afterId` (for key rotation). */
export async function envelopesNotUnderKey(
  db: Database,
  keyId: string,
  workspaceId: string | undefined,
  afterId: string,
  limit: number,
): Promise<{ id: string; workspaceId: string; enc: string }[]> {
  const rows = await db.query<{ id: string; workspace_id: string; credentials_enc: string }>(
    `select id, workspace_id, credentials_enc from accounts
     where credentials_enc is not null and credentials_key_id is distinct from $1 and id > $2 ${workspaceId ? 'and workspace_id = $4' : ''}
     order by id limit $3`,
    workspaceId ? [keyId, afterId, limit, workspaceId] : [keyId, afterId, limit],
  );
  return rows.map((r) => ({ id: r.id, workspaceId: r.workspace_id, enc: r.credentials_enc }));
}

/** Swaps one envelope for another only if it is still the one read (a concurrent update wins). */
export async function replaceEnvelope(db: Database, workspaceId: string, accountId: string, oldEnc: string, next: { enc: string; keyId: string }): Promise<boolean> {
  const rows = await db.query(
    `update accounts set credentials_enc = $4, credentials_key_id = $5 where workspace_id = $1 and id = $2 and credentials_enc = $3 returning id`,
    [workspaceId, accountId, oldEnc, next.enc, next.keyId],
  );
  return rows.length === 1;
}
