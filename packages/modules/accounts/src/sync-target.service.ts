import type { Database } from '@resonance/db';
import { AppError, invalidField, type SecretBox } from '@resonance/kernel';
import { loadAccountConnection } from './account-queries.service.js';
import type { Account } from './accounts.types.js';

/** What a per-account sync job (followers, engagement) is queued with. */
export interface AccountJobData {
  workspaceId: string;
  accountId: string;
}

/** The job's data, checked (the queue hands it over untyped). */
export function parseAccountJobData(data: unknown): AccountJobData {
  const d = (data ?? {}) as Record<string, unknown>;
  for (const key of ['workspaceId', 'accountId'] as const) {
    if (typeof d[key] !== 'string' || d[key] === '') throw invalidField(`data.${key}`, 'must be a non-empty string');
  }
  return { workspaceId: d.workspaceId as string, accountId: d.accountId as string };
}

/** Missing account or credentials are a normal outcome (disconnected or deleted meanwhile), not a failure to retry. */
const SKIP_CODES = new Set(['not_found', 'account_not_connected']);

/**
 * The connected account a sync job calls the platform for, with its decrypted credentials, or why
 * there is nothing to sync (account deleted, disconnected or not `connected`).
 */
export async function loadSyncTarget(
  db: Database,
  secrets: SecretBox,
  workspaceId: string,
  accountId: string,
): Promise<{ account: Account; credentials: Record<string, string> } | { skip: string }> {
  try {
    const conn = await loadAccountConnection(db, secrets, workspaceId, accountId);
    if (conn.account.status !== 'connected') return { skip: `account status is ${conn.account.status}` };
    return conn;
  } catch (err) {
    if (err instanceof AppError && SKIP_CODES.has(err.code)) return { skip: err.message };
    throw err;
  }
}
