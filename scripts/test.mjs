#!/usr/bin/env node
// `npm test`: type-check, architecture boundaries, build the web app, then every test
// (unit, database on PGlite and — with TEST_DATABASE_URL — PostgreSQL, HTTP API, Chromium end-to-end).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.mjs';

const run = (label, cmd, args) => {
  const started = Date.now();
  process.stdout.write(`\n== ${label}\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  process.stdout.write(`== ${label}: ${r.status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  if (r.status !== 0) process.exit(r.status ?? 1);
};

const extra = process.argv.slice(2);
run('type-check server and packages', 'npx', ['tsc', '-p', 'tsconfig.json']);
run('type-check web', 'npx', ['tsc', '-p', 'apps/web/tsconfig.json']);
run('type-check end-to-end tests', 'npx', ['tsc', '-p', 'apps/web/e2e/tsconfig.json']);
run('architecture boundaries', 'npx', ['depcruise', '--config', '.dependency-cruiser.cjs', 'apps', 'packages']);
run('build web app', 'npm', ['run', 'build:web', '--silent']);
ensureChromium();
if (!existsSync('/usr/bin/chromium')) process.exit(1);
if (!process.env.TEST_DATABASE_URL) {
  process.stdout.write('\nnote: TEST_DATABASE_URL is not set; database tests run on PGlite only (CI sets it to the PostgreSQL server)\n');
}
run('tests', 'npx', ['vitest', 'run', ...extra]);
