import { conflict, invalidField } from '@resonance/kernel';
import { openCredentials, sealCredentials } from './account-credentials.js';
import { accountNotFound, type AccountsDeps } from './accounts-deps.js';
import { findAccount, findCredentialsEnvelope, updateAccountRow, type AccountPatch } from './accounts.repository.js';
import type { Account } from './accounts.types.js';
import { findActiveBrand } from './brands.repository.js';
import { brandNotFound } from './brands.service.js';
import { connectWithConnector } from './connector-connect.js';
import { checkCredentials } from './credential-validation.js';
import { isUniqueViolation } from './pg-errors.js';
import { platformInfo } from './platforms.service.js';

export interface UpdateAccountInput {
  name?: string;
  brandId?: string;
  /** New credentials. With a connector: a full set, and the account reconnects. Without: merged into the stored ones ('' removes an optional field). */
  credentials?: Record<string, string>;
}

async function renewCredentials(deps: AccountsDeps, workspaceId: string, account: Account, credentials: Record<string, string>): Promise<AccountPatch> {
  const info = platformInfo(deps.connectors, account.platform, deps.publicUrl);
  if (!info) throw invalidField('body.credentials', `platform "${account.platform}" is not supported by this build`);
  const connector = deps.connectors.get(account.platform);
  const now = deps.clock.now();
  if (!connector) {
    const enc = await findCredentialsEnvelope(deps.db, workspaceId, account.id);
    const stored = enc ? openCredentials(deps.secrets, workspaceId, enc) : {};
    const bag = checkCredentials(info.credentialFields, { ...stored, ...credentials }, info.name.en);
    return { credentials: sealCredentials(deps.secrets, workspaceId, bag), status: 'credentials_saved', disconnectedAt: null };
  }
  const remote = await connectWithConnector(connector, info, credentials, account.simulates);
  if (account.remoteAccountId !== null && remote.remoteAccountId !== account.remoteAccountId) {
    throw conflict(`These credentials belong to another ${account.platform} account (${remote.handle}), not to "${account.name}"`);
  }
  return {
    credentials: sealCredentials(deps.secrets, workspaceId, remote.tokens),
    status: 'connected',
    handle: remote.handle,
    remoteAccountId: remote.remoteAccountId,
    followersAtConnect: account.followersAtConnect ?? Math.round(remote.followers),
    connectedAt: now,
    disconnectedAt: null,
  };
}

/** Renames, moves to another brand, or replaces credentials (re-encrypted); returns before and after. */
export async function updateAccount(
  deps: AccountsDeps,
  workspaceId: string,
  accountId: string,
  input: UpdateAccountInput,
): Promise<{ before: Account; after: Account }> {
  const before = await findAccount(deps.db, workspaceId, accountId);
  if (!before) throw accountNotFound(accountId);
  const patch: AccountPatch = {};
  if (input.name !== undefined) patch.name = input.name.trim();
  if (input.brandId !== undefined && input.brandId !== before.brandId) {
    if (!(await findActiveBrand(deps.db, workspaceId, input.brandId))) throw brandNotFound(input.brandId);
    patch.brandId = input.brandId;
  }
  if (input.credentials !== undefined) Object.assign(patch, await renewCredentials(deps, workspaceId, before, input.credentials));
  try {
    const after = await updateAccountRow(deps.db, workspaceId, accountId, patch);
    if (!after) throw accountNotFound(accountId);
    return { before, after };
  } catch (err) {
    if (isUniqueViolation(err, 'accounts_remote_account_key')) throw conflict(`This ${before.platform} account is already connected in this workspace`);
    throw err;
  }
}

/** Wipes the stored credentials and marks the account disconnected (idempotent). */
export async function disconnectAccount(deps: AccountsDeps, workspaceId: string, accountId: string): Promise<{ before: Account; after: Account }> {
  const before = await findAccount(deps.db, workspaceId, accountId);
  if (!before) throw accountNotFound(accountId);
  if (before.status === 'disconnected') return { before, after: before };
  const after = await updateAccountRow(deps.db, workspaceId, accountId, {
    status: 'disconnected',
    credentials: null,
    disconnectedAt: deps.clock.now(),
  });
  if (!after) throw accountNotFound(accountId);
  return { before, after };
}

/** The platform rejected the stored tokens (AuthExpiredError): the account needs new credentials. */
export async function markAccountExpired(deps: Pick<AccountsDeps, 'db'>, workspaceId: string, accountId: string): Promise<Account> {
  const account = await findAccount(deps.db, workspaceId, accountId);
  if (!account) throw accountNotFound(accountId);
  if (account.status !== 'connected') return account;
  return (await updateAccountRow(deps.db, workspaceId, accountId, { status: 'expired' }))!;
}
