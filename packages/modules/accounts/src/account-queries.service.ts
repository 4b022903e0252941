import type { Database } from '@resonance/db';
import { AppError, type SecretBox } from '@resonance/kernel';
import { openCredentials } from './account-credentials.js';
import { accountNotFound } from './accounts-deps.js';
import { findAccount, findCredentialsEnvelope, listAccountRows, listConnectedAccountRows } from './accounts.repository.js';
import type { Account } from './accounts.types.js';

/** A workspace's accounts (all statuses), oldest first; never any secret. The port other modules get. */
export function listAccounts(db: Database, workspaceId: string): Promise<Account[]> {
  return listAccountRows(db, workspaceId);
}

/** Every workspace's `connected` accounts (no secrets), for system jobs that visit each account (scheduled syncs). */
export function listConnectedAccounts(db: Database): Promise<Account[]> {
  return listConnectedAccountRows(db);
}

export async function getAccount(db: Database, workspaceId: string, accountId: string): Promise<Account> {
  const account = await findAccount(db, workspaceId, accountId);
  if (!account) throw accountNotFound(accountId);
  return account;
}

/** An account with its decrypted credentials/tokens, for the code that calls the platform (publishing, metric sync). */
export async function loadAccountConnection(
  db: Database,
  secrets: SecretBox,
  workspaceId: string,
  accountId: string,
): Promise<{ account: Account; credentials: Record<string, string> }> {
  const account = await getAccount(db, workspaceId, accountId);
  const enc = await findCredentialsEnvelope(db, workspaceId, accountId);
  if (!enc) throw new AppError('account_not_connected', `account ${accountId} has no stored credentials (status ${account.status})`, 409);
  return { account, credentials: openCredentials(secrets, workspaceId, enc) };
}
