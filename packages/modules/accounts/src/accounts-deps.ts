import type { Database } from '@resonance/db';
import { AppError, type Clock, type SecretBox } from '@resonance/kernel';
import type { Connectors } from './platforms.service.js';

/** What the account services need; the module builds it from ModuleContext, the seed and CLI by hand. */
export interface AccountsDeps {
  db: Database;
  secrets: SecretBox;
  clock: Clock;
  connectors: Connectors;
  /** Public base URL, for the callback URLs platforms call. */
  publicUrl: string;
}

export const accountNotFound = (accountId: string) => new AppError('not_found', `account ${accountId} not found`, 404);
