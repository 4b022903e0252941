/**
 * Ingestion latency under load (issue R2): autocannon, 200 connections each sending single Segment
 * `track` events to `/v1/track` (a new body and messageId per request) for 60 s against the real
 * server process; then the stored events are compared with the acknowledged ones, by messageId.
 *   npm run bench:ingest-latency -- [--engine postgres|pglite|both] [--runs 5] [--duration 60]
 *                                   [--connections 200] [--warmup 5] [--pool 10000]
 *                                   [--pg postgres://postgres@127.0.0.1:5432] [--out result.json]
 * Each run uses a fresh store and server. autocannon stops at the deadline by closing its sockets, so
 * up to `connections` requests are cut off unanswered; the server may have stored them (a real SDK
 * would retry them and the messageId would de-duplicate). The check is therefore per messageId:
 * every acknowledged (2xx) event stored exactly once, nothing stored that was not sent, and every
 * stored-but-unacknowledged event one of those cut off — and `stored === acknowledged` is reported too.
 */
import autocannon, { type Result } from 'autocannon';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  basicAuth, cpuWindow, createStore, engineList, machineInfo, median, positiveInt, round, startServer, trackMessage,
  type Engine, type Store,
} from './ingest-harness.js';

const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'postgres' },
    runs: { type: 'string', default: '5' },
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '200' },
    warmup: { type: 'string', default: '5' },
    pool: { type: 'string', default: '10000' },
    pg: { type: 'string', default: process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432' },
    'pg-database': { type: 'string', default: 'resonance_bench' },
    out: { type: 'string' },
  },
});
const engines = engineList(values.engine!);
const runs = positiveInt(values.runs!, '--runs');
const duration = positiveInt(values.duration!, '--duration');
const connections = positiveInt(values.connections!, '--connections');
const warmup = Number(values.warmup);
const pool = positiveInt(values.pool!, '--pool');

/** Ids sent, answered (any status) and acknowledged (2xx) during one autocannon run. */
interface Ledger {
  sent: Set<string>;
  answered: Set<string>;
  acked: Set<string>;
  statuses: Map<number, number>;
}

async function load(url: string, writeKey: string, seconds: number, ledger: Ledger): Promise<Result> {
  return await autocannon({
    url: `${url}/v1/track`,
    connections,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: basicAuth(writeKey) },
    requests: [
      {
        setupRequest: (req, ctx) => {
          const m = trackMessage(Math.floor(Math.random() * pool), Date.now());
          const id = randomUUID();
          m.messageId = id;
          ctx.id = id;
          ledger.sent.add(id);
          return { ...req, body: JSON.stringify(m) };
        },
        onResponse: (status, _body, ctx) => {
          const id = ctx.id as string;
          ledger.answered.add(id);
          ledger.statuses.set(status, (ledger.statuses.get(status) ?? 0) + 1);
          if (status >= 200 && status < 300) ledger.acked.add(id);
        },
      },
    ],
  });
}

/** Every stored messageId of the source and how often it is stored. */
async function storedIds(store: Store): Promise<Map<string, number>> {
  const db = await store.open();
  try {
    const rows = await db.query<{ message_id: string; n: number }>(
      'select message_id, count(*)::int as n from events where workspace_id = $1 and source_id = $2 group by message_id',
      [store.workspaceId, store.sourceId],
    );
    return new Map(rows.map((r) => [r.message_id, r.n]));
  } finally {
    await db.close();
  }
}

async function once(engine: Engine) {
  const store = await createStore({ engine, pgServer: values.pg!, pgDatabase: values['pg-database']! });
  try {
    const server = await startServer(store);
    const ledger: Ledger = { sent: new Set(), answered: new Set(), acked: new Set(), statuses: new Map() };
    let result: Result;
    let cpu: ReturnType<ReturnType<typeof cpuWindow>>;
    try {
      if (warmup > 0) await load(server.url, store.writeKey, warmup, ledger);
      const warmAcked = ledger.acked.size;
      const window = cpuWindow(server.pid);
      result = await load(server.url, store.writeKey, duration, ledger);
      cpu = window();
      if (ledger.acked.size - warmAcked !== result['2xx']) throw new Error(`ledger (${ledger.acked.size - warmAcked}) and autocannon (${result['2xx']}) disagree on 2xx`);
    } finally {
      // graceful: writes under way finish (the cut-off requests the server is still handling)
      await server.stop();
    }
    const stored = await storedIds(store);
    let duplicates = 0;
    let missing = 0;
    let unknown = 0;
    let storedUnacked = 0;
    for (const id of ledger.acked) if (!stored.has(id)) missing++;
    for (const [id, n] of stored) {
      if (n > 1) duplicates++;
      if (!ledger.sent.has(id)) unknown++;
      else if (!ledger.acked.has(id)) storedUnacked++;
    }
    // requests without an answer: cut off when autocannon stopped (warm-up and run) or timed out (10 s)
    const cutOff = ledger.sent.size - ledger.answered.size;
    const storedTotal = [...stored.values()].reduce((a, b) => a + b, 0);
    return {
      engine,
      connections,
      seconds: result.duration,
      requestsPerSecond: Math.round(result['2xx'] / result.duration),
      latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max, mean: round(result.latency.mean) },
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      statusCodes: Object.fromEntries(ledger.statuses),
      acknowledged: ledger.acked.size,
      stored: storedTotal,
      storedEqualsAcknowledged: storedTotal === ledger.acked.size,
      duplicates,
      missingAcknowledged: missing,
      storedNotSent: unknown,
      storedUnacknowledged: storedUnacked,
      cutOffAtDeadline: cutOff,
      /** Every acknowledged event stored once; the only extra rows are requests that got no answer. */
      consistent: missing === 0 && duplicates === 0 && unknown === 0 && storedUnacked <= cutOff,
      cpu,
    };
  } finally {
    await store.cleanup();
  }
}

const machine = await machineInfo(engines.includes('postgres') ? values.pg : undefined);
console.log(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, PostgreSQL ${machine.postgres ?? '-'}, PGlite ${machine.pglite}; load ${machine.loadAverage}`);
console.log(`autocannon: ${connections} connections × single /v1/track events, ${duration} s (after ${warmup} s warm-up), ${runs} runs per engine`);
const results: Awaited<ReturnType<typeof once>>[] = [];
const summary = [];
for (const engine of engines) {
  const rs: Awaited<ReturnType<typeof once>>[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await once(engine);
    rs.push(r);
    results.push(r);
    console.log(
      `${engine} run ${i + 1}/${runs}: p50 ${r.latencyMs.p50} ms, p90 ${r.latencyMs.p90} ms, p99 ${r.latencyMs.p99} ms, max ${r.latencyMs.max} ms; ${r.requestsPerSecond} req/s; ` +
        `errors ${r.errors} (timeouts ${r.timeouts}), non-2xx ${r.non2xx}; acknowledged ${r.acknowledged}, stored ${r.stored} ` +
        `(${r.storedUnacknowledged} of the ${r.cutOffAtDeadline} unanswered: cut off at the deadline or timed out), duplicates ${r.duplicates}, missing ${r.missingAcknowledged} → ${r.consistent ? 'consistent' : 'INCONSISTENT'}; ` +
        `cpu cores: server ${r.cpu.serverCores}, autocannon ${r.cpu.clientCores}, postgres ${r.cpu.postgresCores}, machine ${r.cpu.machineCores}`,
    );
  }
  const med = (f: (r: (typeof rs)[number]) => number) => round(median(rs.map(f)), 1);
  summary.push({
    engine,
    runs: rs.length,
    p50: med((r) => r.latencyMs.p50),
    p90: med((r) => r.latencyMs.p90),
    p99: med((r) => r.latencyMs.p99),
    max: med((r) => r.latencyMs.max),
    requestsPerSecond: med((r) => r.requestsPerSecond),
    errors: rs.reduce((a, r) => a + r.errors, 0),
    non2xx: rs.reduce((a, r) => a + r.non2xx, 0),
    allConsistent: rs.every((r) => r.consistent),
    p99Runs: rs.map((r) => r.latencyMs.p99),
  });
}
const report = { benchmark: 'ingest-latency', machine, settings: { connections, duration, warmup, pool, runs }, summary, results };
console.log(JSON.stringify(report, null, 2));
if (values.out) writeFileSync(values.out, JSON.stringify(report, null, 2));
for (const s of summary) {
  console.log(
    `latency ${s.engine}: median p50 ${s.p50} ms, p90 ${s.p90} ms, p99 ${s.p99} ms (runs ${s.p99Runs.join(', ')}), max ${s.max} ms; ${s.requestsPerSecond} req/s; ` +
      `errors ${s.errors}, non-2xx ${s.non2xx}; acknowledged events all stored once: ${s.allConsistent ? 'yes' : 'NO'}; target p99 < 100 ms ${s.p99 < 100 && s.errors === 0 && s.non2xx === 0 ? 'met' : 'NOT met'}`,
  );
}
if (results.some((r) => !r.consistent)) process.exitCode = 1;
process.exit();
