/**
 * Identify latency with a large fan store (issue R2: 1M fans, p99 < 20 ms).
 *   npm run bench:identify -- [--engine postgres|pglite|both] [--fans 1000000] [--runs 5]
 *                             [--requests 1000] [--concurrency 8] [--direct 1000]
 *                             [--pg postgres://postgres@127.0.0.1:5432] [--out result.json]
 * 1. Loads `--fans` fans, each with an external_id, an e-mail (even) or a mobile number (odd) and an
 *    anonymous_id, through the fans module's bulk `insertFans` (COPY; e-mail/phone encrypted and
 *    hashed as always), then ANALYZE; the load is timed.
 * 2. Starts the real server (`resonance start --role api`) and sends Segment `/v1/identify` calls
 *    (write key as Basic `key:`) with traits: 80 % existing users (their e-mail/phone in traits),
 *    10 % new users, 10 % existing users from a new device (a new anonymousId to link). Per run:
 *    `--requests` one after another, then `--requests` × 2 from `--concurrency` clients; latency per
 *    request, p50/p99. Then checks every acknowledged identify is stored, and how many got a fan.
 * 3. With the server stopped: `resolveFan` in-process, `--direct` calls of the same mix, p50/p99.
 * Runs repeat steps 2–3 on the same loaded store (the load is the slow part); medians over runs.
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Database } from '@resonance/db';
import { insertFans, resolveFan, type NewFan } from '@resonance/fans';
import {
  agent, createStore, engineList, machineInfo, median, percentile, positiveInt, post, round, startServer,
  type Engine, type Store,
} from './ingest-harness.js';

const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'postgres' },
    fans: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '5' },
    requests: { type: 'string', default: '1000' },
    concurrency: { type: 'string', default: '8' },
    direct: { type: 'string', default: '1000' },
    pg: { type: 'string', default: process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432' },
    'pg-database': { type: 'string', default: 'resonance_bench' },
    out: { type: 'string' },
  },
});
const engines = engineList(values.engine!);
const fanCount = positiveInt(values.fans!, '--fans');
const runs = positiveInt(values.runs!, '--runs');
const requests = positiveInt(values.requests!, '--requests');
const concurrency = positiveInt(values.concurrency!, '--concurrency');
const directCalls = positiveInt(values.direct!, '--direct');
const CHUNK = 50_000;

const ext = (i: number) => `u${String(i).padStart(8, '0')}`;
const anon = (i: number) => `a${String(i).padStart(8, '0')}-dev`;
const email = (i: number) => `fan${i}@example.cn`;
const phone = (i: number) => `138${String(i).padStart(8, '0')}`;
const contact = (i: number) => (i % 2 === 0 ? { email: email(i) } : { phone: phone(i) });
const PLANS = ['free', 'silver', 'gold', '黑金 black'];
let fresh = 0;

function fanRow(i: number): NewFan {
  return {
    displayName: `粉丝 Fan ${i}`,
    traits: { plan: PLANS[i % PLANS.length], city: i % 3 === 0 ? '上海' : '北京' },
    identities: [
      { kind: 'external_id', value: ext(i) },
      i % 2 === 0 ? { kind: 'email', value: email(i) } : { kind: 'phone', value: phone(i) },
      { kind: 'anonymous_id', value: anon(i) },
    ],
  };
}

async function loadFans(store: Store): Promise<{ seconds: number; fansPerSecond: number }> {
  const db = await store.open();
  const secrets = store.secrets();
  const t0 = process.hrtime.bigint();
  try {
    for (let from = 0; from < fanCount; from += CHUNK) {
      const rows = Array.from({ length: Math.min(CHUNK, fanCount - from) }, (_, k) => fanRow(from + k));
      await insertFans(db, secrets, store.workspaceId, rows);
      if ((from / CHUNK) % 4 === 3) process.stdout.write(`  loaded ${from + rows.length} fans, ${round(Number(process.hrtime.bigint() - t0) / 1e9)} s\n`);
    }
    await db.exec('analyze fans; analyze fan_identities');
  } finally {
    await db.close();
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { seconds, fansPerSecond: fanCount / seconds };
}

type Kind = 'existing' | 'new' | 'new-device';
/** The identify mix: 80 % existing users, 10 % new users, 10 % existing users on a new device. */
function nextIdentify(): { kind: Kind; i: number; anonymousId: string } {
  const r = Math.random();
  if (r < 0.8) {
    const i = Math.floor(Math.random() * fanCount);
    return { kind: 'existing', i, anonymousId: anon(i) };
  }
  if (r < 0.9) {
    const i = fanCount + 1_000_000 * (1 + (process.pid % 50)) + fresh++;
    return { kind: 'new', i, anonymousId: `new-${randomUUID()}` };
  }
  const i = Math.floor(Math.random() * fanCount);
  return { kind: 'new-device', i, anonymousId: `dev-${randomUUID()}` };
}

function identifyBody(): string {
  const x = nextIdentify();
  return JSON.stringify({
    messageId: randomUUID(),
    userId: ext(x.i),
    anonymousId: x.anonymousId,
    timestamp: new Date().toISOString(),
    traits: { ...contact(x.i), name: `粉丝 Fan ${x.i}`, plan: PLANS[Math.floor(Math.random() * PLANS.length)], last_visit_at: new Date().toISOString() },
    context: { library: { name: 'analytics-node', version: '3.1.0' }, locale: 'zh-CN' },
  });
}

interface Phase {
  ms: number[];
  acked: string[];
  failures: string[];
}

async function identifyPhase(url: string, writeKey: string, n: number, k: number): Promise<Phase> {
  const a = agent(k);
  const p: Phase = { ms: [], acked: [], failures: [] };
  let left = n;
  await Promise.all(
    Array.from({ length: k }, async () => {
      while (left-- > 0) {
        const body = identifyBody();
        const s = performance.now();
        try {
          const res = await post(url, '/v1/identify', body, writeKey, a);
          p.ms.push(performance.now() - s);
          if (res.status >= 200 && res.status < 300) p.acked.push(JSON.parse(body).messageId);
          else p.failures.push(`${res.status} ${res.body.slice(0, 200)}`);
        } catch (err) {
          p.failures.push(String(err));
        }
      }
    }),
  );
  a.destroy();
  return p;
}

interface Stats {
  n: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}
interface RunResult {
  run: number;
  httpSequential: Stats;
  httpConcurrent: Stats & { concurrency: number };
  failures: number;
  failureSamples: string[];
  acknowledged: number;
  stored: number;
  storedWithFan: number;
  resolveFan: Stats;
}

const stats = (ms: number[]): Stats => ({ n: ms.length, p50: round(percentile(ms, 50), 2), p90: round(percentile(ms, 90), 2), p99: round(percentile(ms, 99), 2), max: round(Math.max(...ms), 1) });

async function directResolve(store: Store, db: Database): Promise<number[]> {
  const secrets = store.secrets();
  const ms: number[] = [];
  for (let c = 0; c < directCalls; c++) {
    const x = nextIdentify();
    const c1 = contact(x.i);
    const identities = [
      { kind: 'external_id' as const, value: ext(x.i) },
      { kind: 'anonymous_id' as const, value: x.anonymousId },
      'email' in c1 ? { kind: 'email' as const, value: c1.email } : { kind: 'phone' as const, value: c1.phone },
    ];
    const s = performance.now();
    await resolveFan(db, secrets, store.workspaceId, { identities, traits: { $set: { plan: PLANS[c % PLANS.length], last_visit_at: new Date().toISOString() } } });
    ms.push(performance.now() - s);
  }
  return ms;
}

async function storedIdentifies(db: Database, store: Store, ids: string[]): Promise<{ stored: number; withFan: number }> {
  const [r] = await db.query<{ stored: number; with_fan: number }>(
    `select count(*)::int as stored, count(fan_id)::int as with_fan from events where workspace_id = $1 and source_id = $2 and message_id = any($3::text[])`,
    [store.workspaceId, store.sourceId, ids],
  );
  return { stored: r!.stored, withFan: r!.with_fan };
}

async function forEngine(engine: Engine) {
  const store = await createStore({ engine, pgServer: values.pg!, pgDatabase: values['pg-database']! });
  try {
    console.log(`${engine}: loading ${fanCount} fans (3 identities each) with insertFans …`);
    const load = await loadFans(store);
    console.log(`${engine}: loaded ${fanCount} fans in ${round(load.seconds)} s (${Math.round(load.fansPerSecond)} fans/s)`);
    const perRun: RunResult[] = [];
    for (let run = 0; run < runs; run++) {
      const server = await startServer(store);
      let seq: Phase;
      let par: Phase;
      try {
        await identifyPhase(server.url, store.writeKey, 50, 1); // warm-up: connections, caches, JIT
        seq = await identifyPhase(server.url, store.writeKey, requests, 1);
        par = await identifyPhase(server.url, store.writeKey, requests * 2, concurrency);
      } finally {
        await server.stop();
      }
      const db = await store.open();
      let direct: number[];
      let check: { stored: number; withFan: number };
      try {
        check = await storedIdentifies(db, store, [...seq.acked, ...par.acked]);
        await resolveFan(db, store.secrets(), store.workspaceId, { identities: [{ kind: 'external_id', value: ext(0) }] }); // warm-up
        direct = await directResolve(store, db);
      } finally {
        await db.close();
      }
      const r: RunResult = {
        run: run + 1,
        httpSequential: stats(seq.ms),
        httpConcurrent: { concurrency, ...stats(par.ms) },
        failures: seq.failures.length + par.failures.length,
        failureSamples: [...seq.failures, ...par.failures].slice(0, 3),
        acknowledged: seq.acked.length + par.acked.length,
        stored: check.stored,
        storedWithFan: check.withFan,
        resolveFan: stats(direct),
      };
      perRun.push(r);
      console.log(
        `${engine} run ${r.run}/${runs}: HTTP identify sequential p50 ${r.httpSequential.p50} ms p99 ${r.httpSequential.p99} ms; ` +
          `${concurrency} concurrent p50 ${r.httpConcurrent.p50} ms p99 ${r.httpConcurrent.p99} ms; failures ${r.failures}; ` +
          `stored ${r.stored}/${r.acknowledged} acknowledged, ${r.storedWithFan} with a fan; resolveFan p50 ${r.resolveFan.p50} ms p99 ${r.resolveFan.p99} ms`,
      );
    }
    const med = (f: (r: (typeof perRun)[number]) => number) => round(median(perRun.map(f)), 2);
    return {
      engine,
      fans: fanCount,
      loadSeconds: round(load.seconds, 1),
      loadFansPerSecond: Math.round(load.fansPerSecond),
      median: {
        httpSequentialP50: med((r) => r.httpSequential.p50),
        httpSequentialP99: med((r) => r.httpSequential.p99),
        httpConcurrentP50: med((r) => r.httpConcurrent.p50),
        httpConcurrentP99: med((r) => r.httpConcurrent.p99),
        resolveFanP50: med((r) => r.resolveFan.p50),
        resolveFanP99: med((r) => r.resolveFan.p99),
      },
      runs: perRun,
    };
  } finally {
    await store.cleanup();
  }
}

const machine = await machineInfo(engines.includes('postgres') ? values.pg : undefined);
console.log(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, PostgreSQL ${machine.postgres ?? '-'}, PGlite ${machine.pglite}; load ${machine.loadAverage}`);
const results = [];
for (const engine of engines) results.push(await forEngine(engine));
const report = { benchmark: 'identify', machine, settings: { fans: fanCount, runs, requests, concurrency, directCalls, mix: '80% existing, 10% new, 10% existing on a new device' }, results };
console.log(JSON.stringify(report, null, 2));
if (values.out) writeFileSync(values.out, JSON.stringify(report, null, 2));
for (const r of results) {
  const m = r.median;
  console.log(
    `identify ${r.engine}, ${r.fans} fans (loaded in ${r.loadSeconds} s): HTTP sequential p50 ${m.httpSequentialP50} ms p99 ${m.httpSequentialP99} ms; ` +
      `${concurrency} concurrent p50 ${m.httpConcurrentP50} ms p99 ${m.httpConcurrentP99} ms; resolveFan p50 ${m.resolveFanP50} ms p99 ${m.resolveFanP99} ms ` +
      `(medians of ${runs} runs); target p99 < 20 ms ${m.httpSequentialP99 < 20 ? 'met' : 'NOT met'} (sequential HTTP)`,
  );
}
if (results.some((r) => r.runs.some((x) => x.stored !== x.acknowledged))) {
  console.error('some acknowledged identify calls are not stored');
  process.exitCode = 1;
}
process.exit();
