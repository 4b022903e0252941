import { conflict, invalidField, newId } from '@resonance/kernel';
import { sealCredentials } from './account-credentials.js';
import type { AccountsDeps } from './accounts-deps.js';
import { findAccountByRemoteId, insertAccount, updateAccountRow } from './accounts.repository.js';
import type { Account } from './accounts.types.js';
import { findActiveBrand } from './brands.repository.js';
import { brandNotFound } from './brands.service.js';
import { checkSimulates, connectWithConnector } from './connector-connect.js';
import { checkCredentials } from './credential-validation.js';
import { isUniqueViolation } from './pg-errors.js';
import { platformInfo } from './platforms.service.js';

export interface ConnectAccountInput {
  brandId: string;
  platform: string;
  name?: string;
  simulates?: string | null;
  credentials?: Record<string, string>;
}

const alreadyConnected = (a: { platform: string; name: string; id: string }) =>
  conflict(`This ${a.platform} account is already connected as "${a.name}" (${a.id})`, { accountId: a.id });

/**
 * Connects an account to a brand of this workspace. With a connector for the platform: connect
 * and store its tokens encrypted (status connected; a disconnected account with the same remote id
 * is reconnected in place). Without one: validate and store the credentials encrypted for later
 * (status credentials_saved).
 */
export async function connectAccount(deps: AccountsDeps, workspaceId: string, input: ConnectAccountInput): Promise<Account> {
  const { db, secrets } = deps;
  if (!(await findActiveBrand(db, workspaceId, input.brandId))) throw brandNotFound(input.brandId);
  const info = platformInfo(deps.connectors, input.platform, deps.publicUrl);
  if (!info) throw invalidField('body.platform', `unknown platform "${input.platform}"`);
  const simulates = checkSimulates(input.platform, input.simulates);
  const connector = deps.connectors.get(input.platform);
  const now = deps.clock.now();
  const base = { id: newId('acct', now.getTime()), workspaceId, brandId: input.brandId, platform: input.platform, createdAt: now, disconnectedAt: null };

  if (!connector) {
    const bag = checkCredentials(info.credentialFields, input.credentials ?? {}, info.name.en);
    return insertAccount(db, {
      ...base,
      name: input.name?.trim() || info.name.zh,
      handle: null,
      remoteAccountId: null,
      status: 'credentials_saved',
      simulates: null,
      followersAtConnect: null,
      credentials: sealCredentials(secrets, workspaceId, bag),
      connectedAt: null,
    });
  }

  const remote = await connectWithConnector(connector, info, input.credentials ?? {}, simulates);
  const fields = {
    brandId: input.brandId,
    name: input.name?.trim() || remote.displayName,
    handle: remote.handle,
    remoteAccountId: remote.remoteAccountId,
    status: 'connected' as const,
    simulates,
    followersAtConnect: Math.round(remote.followers),
    credentials: sealCredentials(secrets, workspaceId, remote.tokens),
    connectedAt: now,
    disconnectedAt: null,
  };
  const existing = await findAccountByRemoteId(db, workspaceId, input.platform, remote.remoteAccountId);
  if (existing && existing.status !== 'disconnected') throw alreadyConnected(existing);
  if (existing) return (await updateAccountRow(db, workspaceId, existing.id, fields))!;
  try {
    return await insertAccount(db, { ...base, ...fields });
  } catch (err) {
    if (isUniqueViolation(err, 'accounts_remote_account_key')) {
      const winner = await findAccountByRemoteId(db, workspaceId, input.platform, remote.remoteAccountId);
      if (winner) throw alreadyConnected(winner);
    }
    throw err;
  }
}
