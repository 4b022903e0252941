/**
 * First start on an empty data directory, as a new user runs it: `resonance start` with PGlite —
 * open, migrate, seed the demo workspace, start jobs and HTTP — timed until it prints its URL.
 *   npm run bench:first-start [-- --runs 5]
 * The web app must already be built (`npm run build:web`; its build time is reported separately
 * in docs/benchmarks.md). Each run uses a new temp data dir and a free port, and is stopped after.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { freePort } from '@resonance/server/testing';

const BIN = fileURLToPath(new URL('../apps/cli/bin/resonance.mjs', import.meta.url));
const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);

/** Peak resident memory of a live process (Linux), in MB. */
const peakRssMb = (pid: number) => {
  const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmHWM:\s+(\d+) kB/);
  return m ? Number(m[1]) / 1024 : NaN;
};

async function once(): Promise<{ seconds: number; rssMb: number; line: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rsn-bench-'));
  const port = await freePort();
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [BIN, 'start', '--port', String(port)], {
    env: { ...process.env, RESONANCE_DATA_DIR: dataDir, DATABASE_URL: '', RESONANCE_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    return await new Promise((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('Resonance is running at')) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          resolve({ seconds, rssMb: peakRssMb(child.pid!), line: out.split('\n').find((l) => l.startsWith('demo data:')) ?? '' });
        }
      });
      child.on('exit', (code) => reject(new Error(`resonance start exited with ${code}:\n${out}`)));
    });
  } finally {
    child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const results: { seconds: number; rssMb: number }[] = [];
for (let i = 0; i < runs; i++) {
  const r = await once();
  results.push(r);
  console.log(`run ${i + 1}: ${r.seconds.toFixed(1)} s to "running", peak RSS ${r.rssMb.toFixed(0)} MB — ${r.line}`);
}
const sorted = results.map((r) => r.seconds).sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)]!;
console.log(`\nfirst start (PGlite, demo seed): median ${median.toFixed(1)} s, min ${sorted[0]!.toFixed(1)} s, max ${sorted.at(-1)!.toFixed(1)} s over ${runs} runs`);
console.log(`ratio to the 90 s budget: ${(median / 90).toFixed(2)}`);
