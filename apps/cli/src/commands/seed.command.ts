import type { Command } from 'commander';
import { createLogger, systemClock } from '@resonance/kernel';
import { seedDemo } from '@resonance/flow-demo-seed';
import { fail, withDatabase } from '../open-database.js';

const positive = (name: string, v: string | undefined) => {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) fail(`${name} must be a positive whole number, got "${v}"`);
  return n;
};

export function registerSeedCommand(program: Command) {
  program
    .command('seed')
    .description('Create the demo workspace with simulated history (bigger sets for benchmarks with --fans/--days)')
    .option('--fans <n>', 'number of fans (default 20000)')
    .option('--days <n>', 'days of history (default 365)')
    .option('--seed <n>', 'random seed (same seed, same data)')
    .action(async (o) => {
      const opts = { fans: positive('--fans', o.fans), days: positive('--days', o.days), seed: positive('--seed', o.seed) };
      await withDatabase(async ({ db, secrets }) => {
        const r = await seedDemo({ db, secrets, clock: systemClock, logger: createLogger({ cmd: 'seed' }) }, opts);
        console.log(`workspace ${r.workspaceId}: ${r.stats.fans} fans, ${r.stats.posts} posts, ${r.stats.events} events in ${(r.stats.ms / 1000).toFixed(1)} s`);
        console.log(`login: ${r.email} / ${r.password}`);
      });
    });
}
