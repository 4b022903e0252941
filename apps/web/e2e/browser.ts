import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const WEB_DIR = fileURLToPath(new URL('..', import.meta.url));

/** Debian's Chromium, headless, without the background traffic a test does not need. */
export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM} (apt-get install -y chromium)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

/** `npm test` builds the web app first; a lone run of this file builds it when it is missing. */
export async function ensureWebBuilt(): Promise<void> {
  if (existsSync(`${WEB_DIR}/dist/index.html`)) return;
  const { build } = await import('vite');
  await build({ root: WEB_DIR, configFile: `${WEB_DIR}/vite.config.ts`, logLevel: 'warn' });
}
