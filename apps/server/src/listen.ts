import { serve, type ServerType } from '@hono/node-server';
import type { Runtime } from './runtime.js';

export function listen(runtime: Runtime, port: number, host: string): Promise<{ server: ServerType; port: number }> {
  if (!runtime.app) throw new Error('this runtime has no HTTP app (role worker)');
  const app = runtime.app;
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => resolve({ server, port: info.port }));
  });
}
