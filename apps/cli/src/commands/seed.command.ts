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
    .option('--posts-per-day <n>', 'posts per day across the six accounts (default 4.6; events grow with it)')
    .option('--seed <n>', 'random seed (same seed, same data)')
    .action(async (o) => {
      const postsPerDay = o.postsPerDay === undefined ? undefined : Number(o.postsPerDay);
      if (postsPerDay !== undefined && !(postsPerDay > 0 && postsPerDay <= 500)) fail(`--posts-per-day must be a number above 0 and at most 500, got "${o.postsPerDay}"`);
      const opts = { fans: positive('--fans', o.fans), days: positive('--days', o.days), seed: positive('--seed', o.seed), postsPerDay };
      await withDatabase(async ({ db, secrets }) => {
        const r = await seedDemo({ db, secrets, clock: systemClock, logger: createLogger({ cmd: 'seed' }) }, opts);
        console.log(`workspace ${r.workspaceId}: ${r.stats.fans} fans, ${r.stats.posts} posts, ${r.stats.events} events in ${(r.stats.ms / 1000).toFixed(1)} s`);
        console.log(`login: ${r.email} / ${r.password}`);
      });
    });
}
