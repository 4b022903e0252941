import { fileURLToPath } from 'node:url';
import type { Connector } from '@resonance/connector-sdk';
import { defineModule, type AppModule } from '@resonance/http';
import { accountRoutes } from './accounts.routes.js';
import { brandRoutes } from './brands.routes.js';

export const ACCOUNTS_MIGRATIONS_DIR = fileURLToPath(new URL('../migrations', import.meta.url));

/** Brands and platform accounts; `connectors` are the platform adapters this build ships. */
export function createAccountsModule(opts: { connectors: ReadonlyMap<string, Connector> }): AppModule {
  return defineModule({
    name: 'accounts',
    migrationsDir: ACCOUNTS_MIGRATIONS_DIR,
    routes: (ctx) => [
      ...brandRoutes(ctx.db, ctx.clock),
      ...accountRoutes({ db: ctx.db, secrets: ctx.secrets, clock: ctx.clock, connectors: opts.connectors, publicUrl: ctx.config.publicUrl, jobs: ctx.jobs, logger: ctx.logger }),
    ],
  });
}

export type { AccountsDeps } from './accounts-deps.js';
export type { Account, AccountStatus, Brand } from './accounts.types.js';
export { ACCOUNT_STATUSES, CREDENTIALS_PURPOSE, SANDBOX_PLATFORM } from './accounts.types.js';
export { createBrand, updateBrand, archiveBrand, listBrands } from './brands.service.js';
export { connectAccount, type ConnectAccountInput } from './connect-account.service.js';
export { updateAccount, disconnectAccount, markAccountExpired, type UpdateAccountInput } from './update-account.service.js';
export { listAccounts, listConnectedAccounts, getAccount, loadAccountConnection } from './account-queries.service.js';
export { loadSyncTarget, parseAccountJobData, type AccountJobData } from './sync-target.service.js';
export { SYNC_ENGAGEMENT_JOB, SYNC_FOLLOWERS_JOB, type SyncFollowersJobData } from './follower-sync-job.js';
export { reencryptAccountCredentials } from './reencrypt.service.js';
export { listPlatforms, platformInfo, type PlatformInfo } from './platforms.service.js';
export { PLATFORM_CATALOG, type CatalogPlatform } from './platforms.catalog.js';
