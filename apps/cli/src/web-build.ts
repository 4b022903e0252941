import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WEB_DIST_DIR } from '@resonance/server';

const WEB_ROOT = fileURLToPath(new URL('../../web', import.meta.url));

/** Builds the web app once (first start on a fresh clone); later starts reuse apps/web/dist. */
export async function ensureWebBuilt(log: (m: string) => void): Promise<void> {
  if (existsSync(join(WEB_DIST_DIR, 'index.html'))) return;
  log('building the web app (first start only)…');
  const { build } = await import('vite');
  await build({ root: WEB_ROOT, logLevel: 'warn', configFile: join(WEB_ROOT, 'vite.config.ts') });
}
