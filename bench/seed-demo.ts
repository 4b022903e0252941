/**
 * Times the first start's data work: open a fresh database, run every migration the demo needs,
 * seed the demo workspace, then compute its Overview.
 *   npx tsx bench/seed-demo.ts [--fans 20000] [--days 365] [--postgres postgres://…]
 * Without --postgres: PGlite in a fresh temp dir (like `npm start` on a clean clone).
 * With --postgres: a fresh schema on that server (dropped afterwards).
 * Peak memory: `/usr/bin/time -v npx tsx bench/seed-demo.ts` (maximum resident set size).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { computeOverview } from '@resonance/analytics';
import { createDatabase, createPostgresDatabase, migrate, type Database } from '@resonance/db';
import { isDatabaseEmpty, seedDemo } from '@resonance/flow-demo-seed';
import { createLogger, createSecretBox, systemClock } from '@resonance/kernel';
import { buildConnectors, buildModules, migrationDirs } from '@resonance/server';

const { values } = parseArgs({ options: { fans: { type: 'string' }, days: { type: 'string' }, postgres: { type: 'string' }, keep: { type: 'boolean' } } });
const t = (start: number) => `${((Date.now() - start) / 1000).toFixed(1)} s`;
const t0 = Date.now();

let db: Database;
let cleanup: () => Promise<void>;
if (values.postgres) {
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: values.postgres });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  db = await createPostgresDatabase({ url: values.postgres, schema });
  cleanup = async () => {
    await db.close();
    if (!values.keep) await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  };
} else {
  const dir = mkdtempSync(join(tmpdir(), 'rsn-seed-'));
  db = await createDatabase({ dataDir: dir });
  cleanup = async () => {
    await db.close();
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
  };
}
console.log(`engine ${db.kind}: opened in ${t(t0)}`);

const tm = Date.now();
// every module's migrations, exactly as `resonance start` runs them
await migrate(db, migrationDirs(buildModules(buildConnectors(systemClock))));
console.log(`migrations: ${t(tm)}`);

if (!(await isDatabaseEmpty(db))) throw new Error('expected an empty database');
const secrets = createSecretBox([{ id: 'bench', key: randomBytes(32) }]);
const res = await seedDemo(
  { db, secrets, clock: systemClock, logger: createLogger({ bench: 'seed-demo' }, 'warn') },
  { fans: values.fans ? Number(values.fans) : undefined, days: values.days ? Number(values.days) : undefined },
);
console.log(`seed: ${(res.stats.ms / 1000).toFixed(1)} s`, res.stats);

const to = Date.now();
const accounts = (await db.query<{ id: string; name: string; platform: string; simulates: string | null }>(
  'select id, name, platform, simulates from accounts where workspace_id = $1 order by created_at', [res.workspaceId],
));
const overview = await computeOverview(db, res.workspaceId, { timeZone: 'Asia/Shanghai', accounts });
console.log(`first overview: ${t(to)}`);
const t2 = Date.now();
await computeOverview(db, res.workspaceId, { timeZone: 'Asia/Shanghai', accounts });
console.log(`second overview: ${t(t2)}`);
console.log('overview totals', JSON.stringify(overview.totals));
console.log('followers', overview.followersByAccount.map((a) => `${a.accountName} ${a.followers}`).join(' | '));
const [months] = await db.query<{ first: Date; last: Date; n: number }>(
  `select min(occurred_at) as first, max(occurred_at) as last, count(*)::int as n from events where workspace_id = $1 and name <> 'follow'`, [res.workspaceId]);
console.log('history (non-follow events)', months);
console.log(`total: ${t(t0)}; rss now ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
await cleanup();
