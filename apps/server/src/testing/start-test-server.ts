import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type DatabaseKind, type TestDatabase } from '@resonance/db/testing';
import { createLogger, systemClock, type Clock } from '@resonance/kernel';
import type { ServerType } from '@hono/node-server';
import { loadConfig, type ServerConfig } from '../config.js';
import { listen } from '../listen.js';
import { buildConnectors, buildModules } from '../modules.js';
import { createRuntime, migrationDirs, type Runtime } from '../runtime.js';
import { ApiClient } from './api-client.js';
import { freePort } from './free-port.js';

export interface TestServerOptions {
  kind?: DatabaseKind;
  clock?: Clock;
  smtpUrl?: string;
  ingestRateLimit?: { eventsPerSecond: number; burst: number };
  /** Asset library storage (default: files in the test's temp data dir). */
  assetStore?: ServerConfig['assetStore'];
  /** Runs before the server listens, e.g. to seed data. */
  prepare?: (runtime: Runtime) => Promise<void>;
}

export interface TestServer {
  url: string;
  runtime: Runtime;
  db: TestDatabase;
  client(): ApiClient;
  close(): Promise<void>;
}

/** The real server (all modules, jobs in-process) on a fresh test database and a free port. */
export async function startTestServer(opts: TestServerOptions = {}): Promise<TestServer> {
  const kind = opts.kind ?? 'pglite';
  const clock = opts.clock ?? systemClock;
  const db = await createTestDatabase(kind, migrationDirs(buildModules(buildConnectors(clock))));
  const dataDir = mkdtempSync(join(tmpdir(), 'rsn-test-'));
  const port = await freePort();
  const config = loadConfig({}, { port, host: '127.0.0.1', dataDir, smtpUrl: opts.smtpUrl, publicUrl: `http://127.0.0.1:${port}`, ingestRateLimit: opts.ingestRateLimit, assetStore: opts.assetStore });
  const runtime = await createRuntime(config, {
    role: 'all',
    db,
    clock,
    logger: createLogger({ test: true }, 'error'),
    jobsSchema: db.schema ? `${db.schema}_jobs` : 'pgboss',
    jobPollingSeconds: 0.5,
    // cron jobs (engagement syncs, rollups) would fire at wall-clock times in the middle of tests
    runCron: false,
  });
  if (opts.prepare) await opts.prepare(runtime);
  const { server } = await listen(runtime, port, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    runtime,
    db,
    client: () => new ApiClient(url),
    close: async () => {
      const srv = server as ServerType & { closeAllConnections?: () => void };
      srv.closeAllConnections?.();
      await new Promise<void>((r) => srv.close(() => r()));
      await runtime.close();
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
