import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';

/** Serves the built web app (apps/web/dist) with an SPA fallback to index.html. */
export function mountWebApp(app: Hono<any>, distDir: string): boolean {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) return false;
  const html = readFileSync(index, 'utf8');
  app.use('/assets/*', serveStatic({ root: distDir }));
  app.get('/favicon.svg', serveStatic({ path: join(distDir, 'favicon.svg') }));
  app.get('*', (c) => {
    if (c.req.path.startsWith('/api/')) return c.json({ error: { code: 'not_found', message: 'No such API route' } }, 404);
    return c.html(html);
  });
  return true;
}
