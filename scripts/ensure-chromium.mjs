// End-to-end tests drive Debian's Chromium through playwright-core. When it is missing and we are
// root (CI, fresh dev machines here) it is installed from Debian's packages; otherwise we say how.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';

export function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) {
    process.stderr.write(`Chromium is missing: install it with "sudo apt-get install -y chromium" (needed at ${CHROMIUM})\n`);
    return;
  }
  process.stdout.write('\n== installing Debian chromium for the end-to-end tests\n');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
}
