import PgBoss from 'pg-boss';
import { oneAtATime, type Database } from '@resonance/db';
import type { JobQueue, Logger, SendJobOptions } from '@resonance/kernel';
import type { JobDefinition, ModuleContext } from '@resonance/http';
import { jobIdFor } from './job-id.js';
import { pgBossDb } from './pg-boss-db.js';

/** Advisory lock key held while pg-boss creates its schema and our queues. */
const JOBS_SETUP_LOCK = 727_363_002;

export interface JobRunnerOptions {
  db: Database;
  logger: Logger;
  /** pg-boss schema; tests use their own. */
  schema?: string;
  /** Process jobs in this process (role worker or all). */
  work: boolean;
  pollingIntervalSeconds?: number;
  /** Fire cron schedules (default true when working). Test servers turn it off so background syncs never race a test; schedules are still registered. */
  runCron?: boolean;
}

export interface JobRunner extends JobQueue {
  start(defs: readonly JobDefinition[], ctx: ModuleContext): Promise<void>;
  stop(): Promise<void>;
}

/** Postgres-backed jobs (pg-boss): queues per job, retries with backoff, cron schedules, failures kept. */
export function createJobRunner(opts: JobRunnerOptions): JobRunner {
  const boss = new PgBoss({
    db: pgBossDb(opts.db) as unknown as PgBoss.Db,
    schema: opts.schema ?? 'pgboss',
    supervise: opts.work,
    schedule: opts.work && opts.runCron !== false,
    migrate: true,
  });
  boss.on('error', (err) => opts.logger.error('job queue error', { err: String(err) }));
  let started = false;
  return {
    async start(defs, ctx) {
      // several processes may start at once on an empty database: set up pg-boss one at a time
      await oneAtATime(opts.db, JOBS_SETUP_LOCK, async () => {
        await boss.start();
        for (const def of defs) {
          await boss.createQueue(def.name, {
            name: def.name,
            retryLimit: def.retryLimit ?? 5,
            retryDelay: def.retryDelaySeconds ?? 10,
            retryBackoff: def.retryBackoff ?? true,
            // failed jobs stay visible for 14 days
            retentionMinutes: 14 * 24 * 60,
          } as PgBoss.Queue);
          if (def.cron) await boss.schedule(def.name, def.cron, {}, { tz: def.timeZone ?? 'UTC' });
        }
      });
      started = true;
      if (!opts.work) return;
      for (const def of defs) {
        await boss.work(def.name, { pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 2 }, async (jobs) => {
          for (const job of jobs) {
            const log = opts.logger.child({ job: def.name, jobId: job.id });
            try {
              await def.handler(job.data, { ...ctx, logger: log });
            } catch (err) {
              log.warn('job failed', { err: (err as Error).message });
              throw err;
            }
          }
        });
      }
    },
    async send(name: string, data: object, options?: SendJobOptions) {
      if (!started) throw new Error(`job queue not started (sending ${name})`);
      return boss.send(name, data, {
        // an idempotent enqueue: the job id is derived from the key, so a second send is a no-op
        ...(options?.singletonKey ? { id: jobIdFor(name, options.singletonKey) } : {}),
        ...(options?.startAfter !== undefined ? { startAfter: options.startAfter instanceof Date ? options.startAfter : options.startAfter } : {}),
        ...(options?.retryLimit !== undefined ? { retryLimit: options.retryLimit } : {}),
      });
    },
    async stop() {
      if (started) await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      started = false;
    },
  };
}
