import { hasAnyUser } from '@resonance/identity-access';
import type { Connector } from '@resonance/connector-sdk';
import { createSandboxConnector } from '@resonance/connector-sandbox';
import type { Database } from '@resonance/db';
import { invalidField, type Clock, type Logger, type SecretBox } from '@resonance/kernel';
import { DEFAULT_DAYS, DEFAULT_FANS, DEMO_EMAIL, DEMO_PASSWORD, DEMO_SEED } from './demo-constants.js';
import { seedHistory } from './demo-history.step.js';
import { createDemoWorkspace } from './demo-workspace.step.js';
import { DEFAULT_POSTS_PER_DAY } from './post-schedule.js';

export interface SeedDemoDeps {
  db: Database;
  secrets: SecretBox;
  clock: Clock;
  logger: Logger;
  /** The build's connectors (default: a sandbox connector with DEMO_SEED). */
  connectors?: ReadonlyMap<string, Connector>;
  publicUrl?: string;
}

export interface SeedDemoOptions {
  /** Known fans at the start of the history (default 20,000); public-reach people who engage add more. */
  fans?: number;
  /** Days of history ending now (default 365). */
  days?: number;
  /** Posts per day across the six accounts (default 4.6). */
  postsPerDay?: number;
  /** Simulation seed (default DEMO_SEED): the same seed and clock give the same numbers. */
  seed?: number;
  password?: string;
  /** Login of the workspace owner (default demo@resonance.local); another one lets `resonance seed` add a data set to a database that has the demo. */
  email?: string;
}

export interface SeedDemoResult {
  workspaceId: string;
  email: string;
  password: string;
  stats: { fans: number; posts: number; events: number; ms: number };
}

const positiveInt = (v: number, field: string, min: number, max: number) => {
  if (!Number.isInteger(v) || v < min || v > max) throw invalidField(field, `must be a whole number from ${min} to ${max}`);
  return v;
};

/**
 * Creates the demo workspace "Demo Brand 示例品牌": the demo user (owner), a brand, six sandbox accounts
 * and `days` of simulated history ending at `clock.now()`. Streams events in bulk; memory stays
 * bounded by the fan count, not the event count.
 */
export async function seedDemo(deps: SeedDemoDeps, opts: SeedDemoOptions = {}): Promise<SeedDemoResult> {
  const started = Date.now();
  const fans = positiveInt(opts.fans ?? DEFAULT_FANS, 'fans', 100, 10_000_000);
  const days = positiveInt(opts.days ?? DEFAULT_DAYS, 'days', 1, 3650);
  const postsPerDay = opts.postsPerDay ?? DEFAULT_POSTS_PER_DAY;
  if (!(postsPerDay > 0 && postsPerDay <= 500)) throw invalidField('postsPerDay', 'must be more than 0 and at most 500');
  const seed = (opts.seed ?? DEMO_SEED) >>> 0;
  const password = opts.password ?? DEMO_PASSWORD;
  const email = opts.email ?? DEMO_EMAIL;
  const connectors = deps.connectors ?? new Map([['sandbox', createSandboxConnector({ seed, clock: deps.clock }) as Connector]]);
  deps.logger.info('demo seed: starting', { fans, days, postsPerDay, seed });
  const ws = await createDemoWorkspace(
    { db: deps.db, secrets: deps.secrets, clock: deps.clock, connectors, publicUrl: deps.publicUrl ?? 'http://localhost:3000' },
    { email, password, fans, days, connectorSeed: seed },
  );
  const stats = await seedHistory(deps, { workspaceId: ws.workspaceId, brandId: ws.brandId, accounts: ws.accounts, poolSize: fans, days, postsPerDay, seed });
  const ms = Date.now() - started;
  deps.logger.info('demo seed: done', { ...stats, ms });
  return { workspaceId: ws.workspaceId, email, password, stats: { ...stats, ms } };
}

/** True when nobody has an account yet: the first start, when the demo is created. */
export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  return !(await hasAnyUser(db));
}
