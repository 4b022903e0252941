/**
 * Ingestion throughput (issue R2): Segment `/v1/batch` requests of 100 `track` events over HTTP into
 * the real server process, against loading the same rows with COPY into the same table.
 *   npm run bench:ingest -- [--engine postgres|pglite|both] [--runs 5] [--concurrency 8 | 2,4,8,16]
 *                           [--events 300000] [--warmup pool|<events>] [--batch 100] [--users-per-batch 20]
 *                           [--pool 10000] [--pg postgres://postgres@127.0.0.1:5432] [--out result.json]
 * Each run: a fresh store (PostgreSQL: database `resonance_bench`, created and dropped; PGlite: a temp
 * data dir) with one workspace and source → `resonance start --role api` → K keep-alive clients send
 * the warm-up (default: every user of the pool once, so the measured phase is the steady state of a
 * known audience — first sightings create fans and cost more), then the measured events (acknowledged events / wall time of the measured phase) →
 * stored count must equal the acknowledged count → server stopped → the same rows re-loaded with one
 * COPY after TRUNCATE (rows/s) → ratio. Bodies are generated before the clock starts.
 * With several --concurrency values every value gets --runs runs (use `--runs 1` for a quick curve).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { copyBaseline } from './ingest-copy.js';
import {
  agent, batchBody, cpuWindow, createStore, engineList, machineInfo, median, percentile, positiveInt, post, round, startServer,
  type Engine, type Store,
} from './ingest-harness.js';

const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'postgres' },
    runs: { type: 'string', default: '5' },
    concurrency: { type: 'string', default: '8' },
    events: { type: 'string', default: '300000' },
    warmup: { type: 'string', default: 'pool' },
    batch: { type: 'string', default: '100' },
    'users-per-batch': { type: 'string', default: '20' },
    pool: { type: 'string', default: '10000' },
    pg: { type: 'string', default: process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432' },
    'pg-database': { type: 'string', default: 'resonance_bench' },
    out: { type: 'string' },
  },
});
const engines = engineList(values.engine!);
const runs = positiveInt(values.runs!, '--runs');
const ks = values.concurrency!.split(',').map((k) => positiveInt(k, '--concurrency'));
const batchSize = positiveInt(values.batch!, '--batch');
const measuredBatches = Math.ceil(positiveInt(values.events!, '--events') / batchSize);
const usersPerBatch = positiveInt(values['users-per-batch']!, '--users-per-batch');
const pool = positiveInt(values.pool!, '--pool');
/** `pool`: every user of the pool once, in order (the steady state: the audience is known); or a number of events. */
const warmupBatches = values.warmup === 'pool' ? Math.ceil(pool / usersPerBatch) : Math.ceil(positiveInt(values.warmup!, '--warmup') / batchSize);

interface SendResult {
  batches: number;
  ackedEvents: number;
  acceptedEvents: number;
  duplicates: number;
  failures: string[];
  seconds: number;
  requestMs: number[];
}

/** K clients take the next body until none is left; a request is acknowledged by a 2xx. */
async function send(url: string, writeKey: string, bodies: readonly string[], k: number): Promise<SendResult> {
  const a = agent(k);
  const r: SendResult = { batches: 0, ackedEvents: 0, acceptedEvents: 0, duplicates: 0, failures: [], seconds: 0, requestMs: [] };
  let next = 0;
  const t0 = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: k }, async () => {
      while (next < bodies.length) {
        const body = bodies[next++]!;
        const s = performance.now();
        try {
          const res = await post(url, '/v1/batch', body, writeKey, a);
          r.requestMs.push(performance.now() - s);
          if (res.status >= 200 && res.status < 300) {
            const j = JSON.parse(res.body) as { accepted?: number; duplicates?: number };
            r.batches++;
            r.ackedEvents += batchSize;
            r.acceptedEvents += j.accepted ?? batchSize;
            r.duplicates += j.duplicates ?? 0;
          } else r.failures.push(`${res.status} ${res.body.slice(0, 200)}`);
        } catch (err) {
          r.failures.push(String(err));
        }
      }
    }),
  );
  r.seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  a.destroy();
  return r;
}

async function storedCount(store: Store): Promise<number> {
  const db = await store.open();
  try {
    const [row] = await db.query<{ n: number }>('select count(*)::int as n from events where workspace_id = $1 and source_id = $2', [store.workspaceId, store.sourceId]);
    return row!.n;
  } finally {
    await db.close();
  }
}

async function once(engine: Engine, k: number) {
  const store = await createStore({ engine, pgServer: values.pg!, pgDatabase: values['pg-database']! });
  try {
    const make = (n: number) => Array.from({ length: n }, () => batchBody(batchSize, usersPerBatch, pool).body);
    const warm =
      values.warmup === 'pool'
        ? Array.from({ length: warmupBatches }, (_, j) => batchBody(batchSize, usersPerBatch, pool, Date.now(), Array.from({ length: usersPerBatch }, (_, u) => (j * usersPerBatch + u) % pool)).body)
        : make(warmupBatches);
    const measured = make(measuredBatches);
    const server = await startServer(store);
    let http: SendResult;
    let cpu: ReturnType<ReturnType<typeof cpuWindow>>;
    try {
      const w = await send(server.url, store.writeKey, warm, k);
      if (w.failures.length > 0) throw new Error(`warm-up failed: ${w.failures.slice(0, 3).join(' | ')}`);
      const window = cpuWindow(server.pid);
      http = await send(server.url, store.writeKey, measured, k);
      cpu = window();
    } finally {
      await server.stop();
    }
    const stored = await storedCount(store);
    const acked = warmupBatches * batchSize + http.ackedEvents;
    const copy = await copyBaseline(store, warmupBatches * batchSize);
    const eventsPerSecond = http.ackedEvents / http.seconds;
    return {
      engine,
      concurrency: k,
      events: http.ackedEvents,
      seconds: round(http.seconds, 2),
      eventsPerSecond: Math.round(eventsPerSecond),
      requestMs: { p50: round(percentile(http.requestMs, 50)), p99: round(percentile(http.requestMs, 99)), max: round(Math.max(...http.requestMs)) },
      failures: http.failures.length,
      failureSamples: http.failures.slice(0, 3),
      duplicatesReported: http.duplicates,
      acknowledged: acked,
      stored,
      storedEqualsAcknowledged: stored === acked,
      copy: { rows: copy.rows, seconds: round(copy.seconds, 2), rowsPerSecond: Math.round(copy.rowsPerSecond), storedAfter: copy.storedAfter },
      ratioToCopy: round(eventsPerSecond / copy.rowsPerSecond, 3),
      cpu,
      serverReadySeconds: round(server.readySeconds, 1),
    };
  } finally {
    await store.cleanup();
  }
}

const machine = await machineInfo(engines.includes('postgres') ? values.pg : undefined);
console.log(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, PostgreSQL ${machine.postgres ?? '-'}, PGlite ${machine.pglite}; load ${machine.loadAverage}`);
console.log(`${measuredBatches} batches × ${batchSize} events measured after ${warmupBatches} warm-up batches; ${usersPerBatch} users per batch from a pool of ${pool}`);
const results: Record<string, unknown>[] = [];
const summary: { engine: Engine; concurrency: number; medianEventsPerSecond: number; medianCopyRowsPerSecond: number; medianRatio: number; runs: number[] }[] = [];
for (const engine of engines) {
  for (const k of ks) {
    const rs: Awaited<ReturnType<typeof once>>[] = [];
    for (let i = 0; i < runs; i++) {
      const r = await once(engine, k);
      rs.push(r);
      results.push(r);
      console.log(
        `${engine} K=${k} run ${i + 1}/${runs}: ${r.eventsPerSecond} events/s (${r.events} in ${r.seconds} s, request p50 ${r.requestMs.p50} ms p99 ${r.requestMs.p99} ms), ` +
          `stored ${r.stored}/${r.acknowledged} acknowledged${r.storedEqualsAcknowledged ? '' : ' MISMATCH'}, failures ${r.failures}; ` +
          `COPY ${r.copy.rowsPerSecond} rows/s → ratio ${r.ratioToCopy}; cpu cores: server ${r.cpu.serverCores}, client ${r.cpu.clientCores}, postgres ${r.cpu.postgresCores}, machine ${r.cpu.machineCores}`,
      );
    }
    summary.push({
      engine,
      concurrency: k,
      medianEventsPerSecond: Math.round(median(rs.map((r) => r.eventsPerSecond))),
      medianCopyRowsPerSecond: Math.round(median(rs.map((r) => r.copy.rowsPerSecond))),
      medianRatio: round(median(rs.map((r) => r.ratioToCopy)), 3),
      runs: rs.map((r) => r.eventsPerSecond),
    });
  }
}
const report = { benchmark: 'ingest-throughput', machine, settings: { batchSize, measuredEvents: measuredBatches * batchSize, warmupEvents: warmupBatches * batchSize, usersPerBatch, pool, runs }, summary, results };
console.log(JSON.stringify(report, null, 2));
if (values.out) writeFileSync(values.out, JSON.stringify(report, null, 2));
for (const s of summary) {
  console.log(
    `ingest ${s.engine} K=${s.concurrency}: median ${s.medianEventsPerSecond} events/s over ${runs} runs (${s.runs.join(', ')}); ` +
      `COPY ${s.medianCopyRowsPerSecond} rows/s; ratio ${s.medianRatio}; target 20000 events/s ${s.medianEventsPerSecond >= 20_000 ? 'met' : 'NOT met'}`,
  );
}
if (results.some((r) => r.storedEqualsAcknowledged !== true)) {
  console.error('stored count differs from the acknowledged count in at least one run');
  process.exitCode = 1;
}
process.exit();
