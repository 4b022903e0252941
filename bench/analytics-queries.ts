/**
 * R3 query speed: trend, funnel and retention as Resonance serves them through its API, each against
 * a plain-SQL baseline over the raw `events` table on the same data (and the answers compared).
 *
 * Seed a store first (the same `resonance seed` users have), then point the bench at it:
 *   PostgreSQL, 10M events / 1M fans / 180 days:
 *     DATABASE_URL=postgres://postgres@127.0.0.1:5432/rb_r3 npx resonance seed --fans 1000000 --days 180 --posts-per-day 1.5
 *     npm run bench:analytics -- --database-url postgres://postgres@127.0.0.1:5432/rb_r3 [--runs 5]
 *   PGlite, ~1M events:
 *     RESONANCE_DATA_DIR=/tmp/rb-pglite npx resonance seed --fans 100000 --days 180 --posts-per-day 1.5
 *     npm run bench:analytics -- --data-dir /tmp/rb-pglite [--runs 5]
 *
 * Steps: migrate (new migrations only), bring the rollups up to date as the worker would (timed),
 * run each baseline `--runs` times in-process, then start the real server (`resonance start --role
 * api`) and send each query `--runs` times after one warm-up, with an API token of the demo
 * workspace. Prints medians, ranges, the API ÷ baseline ratio and whether the numbers agree.
 */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createDatabase, migrate, type Database } from '@resonance/db';
import { refreshRollups } from '@resonance/analytics';
import { createApiToken, getWorkspace } from '@resonance/identity-access';
import { createLogger, systemClock } from '@resonance/kernel';
import { buildConnectors, buildModules, migrationDirs } from '@resonance/server';
import { machineInfo, median, positiveInt, round, startServer } from './ingest-harness.js';
import { benchQueries, type BenchQuery } from './analytics-queries.defs.js';

const { values } = parseArgs({
  options: {
    'database-url': { type: 'string' },
    'data-dir': { type: 'string' },
    runs: { type: 'string', default: '5' },
    only: { type: 'string' },
    out: { type: 'string' },
  },
});
if (!values['database-url'] === !values['data-dir']) throw new Error('give exactly one of --database-url (PostgreSQL) or --data-dir (PGlite)');
const runs = positiveInt(values.runs!, '--runs');
const dataDir = values['data-dir'] ?? `/tmp/rsn-bench-${randomBytes(4).toString('hex')}`;
const url = values['database-url'];

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
async function timed<T>(f: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = process.hrtime.bigint();
  const value = await f();
  return { ms: ms(t0), value };
}

// ---------------------------------------------------------------- prepare the store
let db: Database = await createDatabase({ url, dataDir });
await migrate(db, migrationDirs(buildModules(buildConnectors(systemClock))));
const ws = await db.query<{ id: string; owner: string }>(
  `select w.id, m.user_id as owner from workspaces w join memberships m on m.workspace_id = w.id and m.role = 'owner' order by w.created_at limit 1`,
);
if (!ws[0]) throw new Error('no workspace: seed the store first (see the header of this file)');
const workspaceId = ws[0].id;
const timeZone = (await getWorkspace(db, workspaceId)).timeZone;
const eventCount = Number((await db.query<{ n: string }>('select count(*)::text as n from events'))[0]!.n);
const fanCount = Number((await db.query<{ n: string }>('select count(*)::text as n from fans'))[0]!.n);
// as the worker's every-minute job would, until it has caught up
const rollup = await timed(async () => {
  const total = { rows: 0, rebuilt: 0, days: 0 };
  for (;;) {
    const r = await refreshRollups({ db, clock: systemClock, logger: createLogger({ bench: 'analytics' }, 'warn') }, { workspaceTimeZone: async () => timeZone }, { settleSeconds: 0 });
    if (r.rows === 0) return total;
    total.rows += r.rows;
    total.rebuilt += r.rebuilt;
    total.days += r.days;
  }
});
console.log(`${db.kind}: ${eventCount.toLocaleString()} events, ${fanCount.toLocaleString()} fans, zone ${timeZone}; rollups brought up to date in ${round(rollup.ms / 1000, 1)} s`, rollup.value);
const token = (await createApiToken(db, { workspaceId, name: `bench ${new Date().toISOString()}`, role: 'analyst', createdBy: ws[0].owner })).token;

const queries = benchQueries(new Date(), timeZone).filter((q) => !values.only || values.only.split(',').includes(q.key));

// ---------------------------------------------------------------- plain-SQL baselines (in-process)
const baseline = new Map<string, { times: number[]; answer: unknown }>();
for (const q of queries) {
  const times: number[] = [];
  let answer: unknown;
  for (let i = 0; i < runs; i++) {
    const { sql, params } = q.baseline(workspaceId);
    const r = await timed(() => db.query(sql, params));
    times.push(r.ms);
    answer = q.baselineAnswer(r.value as Record<string, unknown>[]);
  }
  baseline.set(q.key, { times, answer });
  console.log(`baseline ${q.key}: median ${round(median(times), 0)} ms`, times.map((t) => Math.round(t)));
}
await db.close();

// ---------------------------------------------------------------- the API
const server = await startServer({
  env: { DATABASE_URL: url ?? '', RESONANCE_DATA_DIR: dataDir, RESONANCE_LOG_LEVEL: 'warn', HOST: '127.0.0.1' },
});
const api = async (q: BenchQuery) => {
  const res = await fetch(`${server.url}/api/workspaces/${workspaceId}${q.path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(q.body),
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`${q.key}: HTTP ${res.status} ${text.slice(0, 500)}`);
  return JSON.parse(text) as unknown;
};
const results: Record<string, unknown>[] = [];
try {
  for (const q of queries) {
    await api(q); // warm-up: plans, caches, connection
    const times: number[] = [];
    let answer: unknown;
    for (let i = 0; i < runs; i++) {
      const r = await timed(() => api(q));
      times.push(r.ms);
      answer = q.apiAnswer(r.value);
    }
    const b = baseline.get(q.key)!;
    const row = {
      query: q.key,
      description: q.description,
      apiMedianMs: round(median(times), 1),
      apiRangeMs: [round(Math.min(...times), 1), round(Math.max(...times), 1)],
      baselineMedianMs: round(median(b.times), 1),
      baselineRangeMs: [round(Math.min(...b.times), 1), round(Math.max(...b.times), 1)],
      ratio: round(median(times) / median(b.times), 3),
      targetMs: q.targetMs,
      sameAnswer: JSON.stringify(answer) === JSON.stringify(b.answer),
      apiAnswer: answer,
      baselineAnswer: b.answer,
    };
    results.push(row);
    console.log(JSON.stringify(row));
  }
} finally {
  await server.stop();
  if (!values['data-dir'] && !url) process.exitCode = 1;
}

const report = { machine: await machineInfo(url?.replace(/\/[^/]*$/, '')), date: new Date().toISOString(), engine: url ? 'postgres' : 'pglite', events: eventCount, fans: fanCount, runs, rollupRefreshMs: round(rollup.ms, 0), results };
if (values.out) writeFileSync(values.out, JSON.stringify(report, null, 2));
console.log('\n| query | API median (range) | plain SQL median | ratio | target | same answer |\n|---|---|---|---|---|---|');
for (const r of results as any[]) {
  console.log(`| ${r.description} | ${r.apiMedianMs} ms (${r.apiRangeMs.join('–')}) | ${r.baselineMedianMs} ms | ${r.ratio} | ≤ ${r.targetMs} ms | ${r.sameAnswer ? 'yes' : 'NO'} |`);
}
