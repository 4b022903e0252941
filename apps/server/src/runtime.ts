import { fileURLToPath } from 'node:url';
import { createDatabase, migrate, type Database } from '@resonance/db';
import { createAuditLog } from '@resonance/audit';
import type { Connector } from '@resonance/connector-sdk';
import type { AppModule, ModuleContext } from '@resonance/http';
import { createAuthPort } from '@resonance/identity-access';
import { createJobRunner, type JobRunner } from '@resonance/jobs';
import { startWorker } from '@resonance/worker';
import { createLogger, createSecretBox, systemClock, type Clock, type Logger } from '@resonance/kernel';
import type { ServerConfig } from './config.js';
import { createApp } from './create-app.js';
import { createMailer } from './mailer.js';
import { DEFAULT_JOBS_SCHEMA, buildConnectors, buildModules } from './modules.js';
import { loadSecretKeys } from './secret-keys.js';

export type Role = 'api' | 'worker' | 'all';

export const WEB_DIST_DIR = fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface RuntimeOptions {
  role: Role;
  clock?: Clock;
  logger?: Logger;
  /** Use this database instead of opening one from the config (tests). */
  db?: Database;
  /** pg-boss schema (tests use their own). */
  jobsSchema?: string;
  jobPollingSeconds?: number;
  /** Fire cron schedules (default true). */
  runCron?: boolean;
}

export interface Runtime {
  ctx: ModuleContext;
  connectors: ReadonlyMap<string, Connector>;
  modules: AppModule[];
  jobs: JobRunner;
  app?: ReturnType<typeof createApp>['app'];
  close(): Promise<void>;
}

export function migrationDirs(modules: readonly AppModule[]): string[] {
  return modules.flatMap((m) => (m.migrationsDir ? [m.migrationsDir] : []));
}

/** Opens the database, runs migrations, starts jobs and (for api/all) builds the HTTP app. */
export async function createRuntime(config: ServerConfig, opts: RuntimeOptions): Promise<Runtime> {
  const logger = opts.logger ?? createLogger({ role: opts.role });
  const clock = opts.clock ?? systemClock;
  const db = opts.db ?? (await createDatabase({ url: config.databaseUrl, dataDir: config.dataDir }));
  const connectors = buildConnectors(clock);
  const jobsSchema = opts.jobsSchema ?? DEFAULT_JOBS_SCHEMA;
  const modules = buildModules(connectors, jobsSchema, config.ingestRateLimit, config.assetStore);
  await migrate(db, migrationDirs(modules));
  const secrets = createSecretBox(loadSecretKeys(config.secretKey, config.dataDir));
  const jobs = createJobRunner({ db, logger, work: opts.role !== 'api', schema: jobsSchema, pollingIntervalSeconds: opts.jobPollingSeconds, runCron: opts.runCron });
  const ctx: ModuleContext = {
    db,
    secrets,
    jobs,
    mailer: createMailer(config.smtpUrl, config.mailFrom),
    clock,
    logger,
    config: { publicUrl: config.publicUrl, dataDir: config.dataDir },
  };
  await startWorker(jobs, modules, ctx);
  const app =
    opts.role === 'worker'
      ? undefined
      : createApp({
          ctx,
          modules,
          auth: createAuthPort(db, clock),
          audit: createAuditLog(db, clock),
          secureCookies: config.secureCookies,
          trustProxy: config.trustProxy,
          webDistDir: WEB_DIST_DIR,
        }).app;
  return {
    ctx,
    connectors,
    modules,
    jobs,
    app,
    close: async () => {
      for (const m of modules) await m.close?.();
      await jobs.stop();
      if (!opts.db) await db.close();
    },
  };
}
