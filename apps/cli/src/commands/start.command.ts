import type { Command } from 'commander';
import { findUserByEmail } from '@resonance/identity-access';
import { DEMO_EMAIL, DEMO_PASSWORD, isDatabaseEmpty, seedDemo } from '@resonance/flow-demo-seed';
import { oneAtATime } from '@resonance/db';
import { createRuntime, listen, loadConfig, type Role } from '@resonance/server';
import { fail } from '../open-database.js';
import { ensureWebBuilt } from '../web-build.js';

const ROLES: Role[] = ['api', 'worker', 'all'];
const DEMO_SEED_LOCK = 727_363_003;

export function registerStartCommand(program: Command) {
  program
    .command('start')
    .description('Run Resonance: migrations, demo data on an empty database, HTTP API + web app, background jobs')
    .option('--role <role>', 'api (HTTP only), worker (jobs only) or all (both, one process)', 'all')
    .option('--port <port>', 'HTTP port (default $PORT or 3000)')
    .action(async (o) => {
      const role = o.role as Role;
      if (!ROLES.includes(role)) fail(`--role must be one of ${ROLES.join(', ')}`);
      const started = Date.now();
      const config = loadConfig(process.env, o.port !== undefined ? { port: Number(o.port) } : {});
      const say = (m: string) => process.stdout.write(`${m}\n`);
      if (role !== 'worker') await ensureWebBuilt(say);
      const runtime = await createRuntime(config, { role });
      say(`database: ${config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${config.dataDir}`}`);
      if (role !== 'worker') {
        // two api processes starting on one empty PostgreSQL: only the first seeds
        await oneAtATime(runtime.ctx.db, DEMO_SEED_LOCK, async () => {
          if (!(await isDatabaseEmpty(runtime.ctx.db))) return;
          say('empty database: creating the demo workspace "Demo Brand 示例品牌" …');
          const r = await seedDemo({ ...runtime.ctx, connectors: runtime.connectors, publicUrl: config.publicUrl }, {});
          say(`demo data: ${r.stats.fans} fans, ${r.stats.posts} posts, ${r.stats.events} events in ${(r.stats.ms / 1000).toFixed(1)} s`);
        });
      }
      const shutdown = async () => {
        say('shutting down…');
        await runtime.close();
        process.exit(0);
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
      if (role === 'worker') {
        say('worker running (jobs only)');
        return;
      }
      const { port } = await listen(runtime, config.port, config.host);
      const url = config.publicUrl.includes(`:${config.port}`) ? config.publicUrl.replace(`:${config.port}`, `:${port}`) : config.publicUrl;
      say(`\nResonance is running at ${url}  (role ${role}, ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
      if (await findUserByEmail(runtime.ctx.db, DEMO_EMAIL)) {
        say(`Demo login: ${DEMO_EMAIL} / ${DEMO_PASSWORD}`);
      }
      say(`API reference: ${url}/api/docs`);
    });
}
