/**
 * Shared by the ingestion benchmarks (bench/ingest-*.ts, bench/identify.ts): a fresh store on either
 * engine with one workspace and one write-keyed source, the real server process (`resonance start
 * --role api`), a keep-alive HTTP client, Segment payloads, statistics and machine facts.
 * Everything started here is stopped and deleted on exit, Ctrl-C or failure.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createDatabase, migrate, type Database } from '@resonance/db';
import { createSource } from '@resonance/events';
import { createUser, createWorkspace } from '@resonance/identity-access';
import { createSecretBox, systemClock, type SecretBox } from '@resonance/kernel';
import { buildConnectors, buildModules, loadSecretKeys, migrationDirs } from '@resonance/server';
import { freePort } from '@resonance/server/testing';

export type Engine = 'postgres' | 'pglite';
export const ENGINES: readonly Engine[] = ['postgres', 'pglite'];
const BIN = fileURLToPath(new URL('../apps/cli/bin/resonance.mjs', import.meta.url));

// ---------------------------------------------------------------- cleanup on any exit

const children = new Set<ChildProcess>();
const cleanups = new Set<() => Promise<void>>();
let exiting = false;

process.on('exit', () => {
  for (const c of children) c.kill('SIGKILL');
});
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    if (exiting) return;
    exiting = true;
    process.stderr.write(`\n${sig}: stopping servers and deleting bench data…\n`);
    for (const c of children) c.kill('SIGKILL');
    void Promise.allSettled([...cleanups].map((f) => f())).finally(() => process.exit(130));
  });
}

// ---------------------------------------------------------------- the store

export interface StoreOptions {
  engine: Engine;
  /** PostgreSQL server (no database name); the bench database is created on it and dropped after. */
  pgServer: string;
  /** Name of the PostgreSQL database to (re)create. */
  pgDatabase: string;
}

export interface Store {
  engine: Engine;
  dataDir: string;
  databaseUrl?: string;
  workspaceId: string;
  sourceId: string;
  writeKey: string;
  /** Environment for `resonance start` on this store. */
  env: Record<string, string>;
  /** Open the store in this process (PGlite: only while no server runs on it). */
  open(): Promise<Database>;
  secrets(): SecretBox;
  cleanup(): Promise<void>;
}

async function adminQuery(pgServer: string, sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: `${pgServer.replace(/\/$/, '')}/postgres` });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

const ident = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe database name ${name}`);
  return name;
};

/** A new, migrated store with one user, one workspace and one `server` source (key printed once, as `resonance source create` does). */
export async function createStore(o: StoreOptions): Promise<Store> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rsn-bench-'));
  let databaseUrl: string | undefined;
  if (o.engine === 'postgres') {
    const name = ident(o.pgDatabase);
    await adminQuery(o.pgServer, `drop database if exists ${name} with (force)`);
    await adminQuery(o.pgServer, `create database ${name}`);
    databaseUrl = `${o.pgServer.replace(/\/$/, '')}/${name}`;
  }
  let removed = false;
  const cleanup = async () => {
    if (removed) return;
    removed = true;
    cleanups.delete(cleanup);
    rmSync(dataDir, { recursive: true, force: true });
    if (databaseUrl) await adminQuery(o.pgServer, `drop database if exists ${ident(o.pgDatabase)} with (force)`);
  };
  cleanups.add(cleanup);
  const open = () => createDatabase({ url: databaseUrl, dataDir });
  try {
    const db = await open();
    try {
      await migrate(db, migrationDirs(buildModules(buildConnectors(systemClock))));
      const user = await createUser(db, { email: 'bench@example.com', name: 'Bench', password: randomBytes(12).toString('hex'), locale: 'en' });
      const ws = await createWorkspace(db, { name: 'Bench 压测', ownerUserId: user.id });
      const src = await createSource(db, ws.id, { name: 'Bench server', kind: 'server' });
      return {
        engine: o.engine,
        dataDir,
        databaseUrl,
        workspaceId: ws.id,
        sourceId: src.id,
        writeKey: src.writeKey,
        env: {
          DATABASE_URL: databaseUrl ?? '',
          RESONANCE_DATA_DIR: dataDir,
          RESONANCE_LOG_LEVEL: 'warn',
          HOST: '127.0.0.1',
          // the per-source flood guard (default 50,000 events/s) must not be what is measured
          RESONANCE_INGEST_RATE: '100000000',
          RESONANCE_INGEST_BURST: '100000000',
        },
        open,
        secrets: () => createSecretBox(loadSecretKeys(undefined, dataDir)),
        cleanup,
      };
    } finally {
      await db.close();
    }
  } catch (err) {
    await cleanup();
    throw err;
  }
}

// ---------------------------------------------------------------- the server process

export interface ServerProcess {
  url: string;
  port: number;
  pid: number;
  /** Seconds from spawn to "Resonance is running at". */
  readySeconds: number;
  /** Graceful stop (SIGTERM), SIGKILL after 15 s. */
  stop(): Promise<void>;
  kill9(): Promise<void>;
}

export async function startServer(store: Pick<Store, 'env'>, port?: number): Promise<ServerProcess> {
  const p = port ?? (await freePort());
  const started = process.hrtime.bigint();
  // e.g. BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the server under load
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, BIN, 'start', '--role', 'api', '--port', String(p)], {
    env: { ...process.env, ...store.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  const exited = new Promise<void>((r) => child.once('exit', () => (children.delete(child), r())));
  let out = '';
  let err = '';
  child.stderr!.on('data', (d: Buffer) => {
    err += d.toString();
    if (err.length > 20_000) err = err.slice(-10_000);
  });
  const readySeconds = await new Promise<number>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('Resonance is running at')) resolve(Number(process.hrtime.bigint() - started) / 1e9);
    });
    child.once('exit', (code, sig) => reject(new Error(`resonance start exited (${code ?? sig}):\n${out}\n${err}`)));
  });
  const signalAndWait = async (sig: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(sig);
    const t = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(t);
  };
  return { url: `http://127.0.0.1:${p}`, port: p, pid: child.pid!, readySeconds, stop: () => signalAndWait('SIGTERM'), kill9: () => signalAndWait('SIGKILL') };
}

// ---------------------------------------------------------------- HTTP

export const agent = (maxSockets: number) => new http.Agent({ keepAlive: true, maxSockets });

export interface Reply {
  status: number;
  body: string;
}

/** POST a JSON body (string) with the write key as HTTP Basic `key:`. Rejects on network errors only. */
export function post(baseUrl: string, path: string, body: string, writeKey: string, a: http.Agent): Promise<Reply> {
  const u = new URL(path, baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: u.hostname,
        port: u.port,
        path: u.pathname,
        method: 'POST',
        agent: a,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          authorization: basicAuth(writeKey),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export const basicAuth = (writeKey: string) => `Basic ${Buffer.from(`${writeKey}:`).toString('base64')}`;

// ---------------------------------------------------------------- Segment payloads

const EVENTS = ['Product Viewed', 'Product Added', 'Order Completed', 'Article Read', 'Video Played', 'Coupon Claimed', 'Live Stream Joined', 'Share Clicked'];
const CATEGORIES = ['美妆 Beauty', '服饰 Apparel', '数码 Electronics', '食品 Food', '家居 Home'];
const CITIES = ['上海', '北京', '深圳', '杭州', '成都', '广州'];
const AGENTS = [
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.50',
  'Mozilla/5.0 (Linux; Android 14; 23127PN0CC) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36',
];
const pick = <T>(xs: readonly T[], r: number) => xs[Math.floor(r * xs.length) % xs.length]!;

/** User ids `user_00000` … of a pool; anonymous ids derived from them (a browser per user). */
export const userIdOf = (i: number) => `user_${String(i).padStart(5, '0')}`;
export const anonymousIdOf = (i: number) => `anon-${String(i).padStart(5, '0')}-web`;

/** One realistic Segment `track` message (~600 bytes of JSON). */
export function trackMessage(userIndex: number, now: number): Record<string, unknown> {
  const r = Math.random();
  const price = Math.round(r * 100_000) / 100;
  return {
    type: 'track',
    messageId: randomUUID(),
    userId: userIdOf(userIndex),
    anonymousId: anonymousIdOf(userIndex),
    event: pick(EVENTS, r),
    timestamp: new Date(now - Math.floor(r * 5_000)).toISOString(),
    properties: {
      product_id: `sku-${Math.floor(r * 5_000)}`,
      name: `商品 ${Math.floor(r * 5_000)} Product`,
      category: pick(CATEGORIES, r * 7),
      price,
      currency: 'CNY',
      quantity: 1 + Math.floor(r * 3),
      coupon: r < 0.2 ? 'SPRING2026' : null,
    },
    context: {
      library: { name: 'analytics-node', version: '3.1.0' },
      ip: `10.${Math.floor(r * 250)}.${userIndex % 250}.${(userIndex >> 3) % 250}`,
      locale: 'zh-CN',
      timezone: 'Asia/Shanghai',
      userAgent: pick(AGENTS, r * 11),
      location: { city: pick(CITIES, r * 13), country: 'CN' },
      page: { path: '/products', url: 'https://shop.example.cn/products' },
    },
  };
}

/**
 * A Segment `/v1/batch` body: `size` track messages of ~`users` distinct users drawn from a pool
 * (or of the users given).
 */
export function batchBody(size: number, users: number, pool: number, now = Date.now(), given?: number[]): { body: string; messageIds: string[] } {
  const chosen = given ?? Array.from({ length: users }, () => Math.floor(Math.random() * pool));
  const batch = Array.from({ length: size }, (_, i) => trackMessage(chosen[i % users]!, now));
  return { body: JSON.stringify({ batch, sentAt: new Date(now).toISOString() }), messageIds: batch.map((m) => m.messageId as string) };
}

// ---------------------------------------------------------------- statistics

export const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
/** Nearest-rank percentile of unsorted samples. */
export const percentile = (xs: readonly number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
};
export const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** CPU seconds (user + system) a process has used so far (Linux); NaN once it has exited. */
export function processCpuSeconds(pid: number): number {
  let f: string;
  try {
    f = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return NaN;
  }
  const parts = f.slice(f.lastIndexOf(')') + 2).split(' ');
  return (Number(parts[11]) + Number(parts[12])) / 100;
}

/** Whole-machine busy and total jiffies (to report how loaded the box was during a window). */
export function machineCpu(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const idle = line[3]! + line[4]!;
  const total = line.reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

/** CPU seconds used so far by every PostgreSQL server process on this machine (by pid). */
function postgresCpu(): Map<number, number> {
  const out = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      if (readFileSync(`/proc/${d}/comm`, 'utf8').trim() !== 'postgres') continue;
      const secs = processCpuSeconds(Number(d));
      if (!Number.isNaN(secs)) out.set(Number(d), secs);
    } catch {
      // the process ended meanwhile
    }
  }
  return out;
}

/**
 * CPU use over a window, in cores: the server process, this process (the load generator), the
 * PostgreSQL server processes (backends alive at the end of the window), and the whole machine —
 * the difference is other work on the box.
 */
export function cpuWindow(serverPid: number) {
  const s0 = processCpuSeconds(serverPid);
  const c0 = process.cpuUsage();
  const m0 = machineCpu();
  const p0 = postgresCpu();
  const t0 = process.hrtime.bigint();
  return () => {
    const secs = Number(process.hrtime.bigint() - t0) / 1e9;
    const c = process.cpuUsage(c0);
    const m = machineCpu();
    let pgSecs = 0;
    for (const [pid, s] of postgresCpu()) pgSecs += s - (p0.get(pid) ?? 0);
    return {
      serverCores: round((processCpuSeconds(serverPid) - s0) / secs, 2),
      clientCores: round((c.user + c.system) / 1e6 / secs, 2),
      postgresCores: round(pgSecs / secs, 2),
      machineCores: round(((m.busy - m0.busy) / (m.total - m0.total)) * cpus().length, 2),
    };
  };
}

export async function machineInfo(pgServer?: string) {
  let postgres: string | undefined;
  if (pgServer) {
    const c = new pg.Client({ connectionString: `${pgServer.replace(/\/$/, '')}/postgres` });
    await c.connect();
    postgres = (await c.query<{ v: string }>("select current_setting('server_version') as v")).rows[0]!.v;
    await c.end();
  }
  const pgliteVersion = JSON.parse(readFileSync(fileURLToPath(new URL('../node_modules/@electric-sql/pglite/package.json', import.meta.url)), 'utf8')).version as string;
  return {
    date: new Date().toISOString().slice(0, 10),
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: round(totalmem() / 2 ** 30, 1),
    node: process.version,
    postgres,
    pglite: pgliteVersion,
    loadAverage: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
  };
}

export function engineList(value: string): Engine[] {
  const list = value === 'both' ? [...ENGINES] : (value.split(',') as Engine[]);
  for (const e of list) if (!ENGINES.includes(e)) throw new Error(`--engine must be postgres, pglite or both, got ${e}`);
  return list;
}

export const positiveInt = (v: string, flag: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${flag} must be a positive whole number, got ${v}`);
  return n;
};
