/**
 * R3: a dashboard of 8 tiles, first render in Chromium with the demo data (target ≤ 1.5 s).
 *   npm run bench:dashboard -- [--runs 5] [--database-url postgres://…/db-with-the-demo]
 * Without --database-url: a fresh PGlite data dir, where `resonance start` creates the demo workspace
 * exactly as `npm start` does on a clean clone, then the rollups are refreshed as the worker would
 * within a minute of starting (neither is timed).
 * Signs in as the demo user, saves 8 queries (4 trends, a funnel, a retention, a paths query, a
 * trend by platform) on one dashboard (range: last 28 days), then per run opens the dashboard URL in
 * a new page of the signed-in browser and measures from navigation start until every tile shows its
 * drawn chart (a canvas with pixels) — the whole path: HTML, JS, the dashboard, its run, 8 charts.
 * Run 1 is the cold one (server caches empty); the median is over all runs.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { refreshRollups } from '@resonance/analytics';
import { createDatabase } from '@resonance/db';
import { DEMO_EMAIL, DEMO_PASSWORD } from '@resonance/flow-demo-seed';
import { getWorkspace } from '@resonance/identity-access';
import { createLogger, systemClock } from '@resonance/kernel';
import { chromium, type Page } from 'playwright-core';
import { machineInfo, median, positiveInt, round, startServer } from './ingest-harness.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, 'database-url': { type: 'string' }, out: { type: 'string' } } });
const runs = positiveInt(values.runs!, '--runs');
const url = values['database-url'];
const dataDir = mkdtempSync(join(tmpdir(), 'rsn-dash-'));
const TILES = 8;

/** True (and the time noted) once all `n` tiles show a canvas with a non-blank pixel. */
const DRAWN_CHECK = `(n) => {
  const drawn = (el) => Array.from(el.querySelectorAll('canvas')).some((c) => {
    const ctx = c.getContext('2d');
    if (!ctx || c.width === 0 || c.height === 0) return false;
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    for (let k = 3; k < data.length; k += 4 * 97) if (data[k] !== 0) return true;
    return false;
  });
  const tiles = Array.from(document.querySelectorAll('[data-testid^="tile-"][data-query-id]'));
  if (tiles.length === n && tiles.every(drawn)) {
    window.__renderedAt ??= performance.now();
    return true;
  }
  return false;
}`;

/** An API call from inside the signed-in page (its cookies and CSRF header), like the app's own. */
async function pageCall<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  const res = await page.evaluate(
    async ({ method, path, body }) => {
      const csrf = document.cookie.split('; ').find((c) => c.startsWith('rsn_csrf='))?.slice('rsn_csrf='.length);
      const r = await fetch(path, { method, headers: { 'content-type': 'application/json', ...(csrf ? { 'x-csrf-token': decodeURIComponent(csrf) } : {}) }, body: JSON.stringify(body) });
      return { status: r.status, text: await r.text() };
    },
    { method, path, body },
  );
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${res.text.slice(0, 300)}`);
  return JSON.parse(res.text) as T;
}

const env = { DATABASE_URL: url ?? '', RESONANCE_DATA_DIR: dataDir, RESONANCE_LOG_LEVEL: 'warn', HOST: '127.0.0.1' };
const t0 = Date.now();
// the first start creates the demo; then the rollups are brought up to date as the worker's
// every-minute job does within a minute of `npm start` (this process runs `--role api`)
await (await startServer({ env })).stop();
const db = await createDatabase({ url, dataDir });
for (;;) {
  const r = await refreshRollups({ db, clock: systemClock, logger: createLogger({ bench: 'dashboard' }, 'warn') }, { workspaceTimeZone: async (d, ws) => (await getWorkspace(d, ws)).timeZone }, { settleSeconds: 0 });
  if (r.rows === 0) break;
}
await db.close();
console.log(`demo seeded and rolled up in ${round((Date.now() - t0) / 1000, 1)} s`);
const server = await startServer({ env });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
const times: number[] = [];
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/login`);
  await page.getByTestId('login-email').fill(DEMO_EMAIL);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL(/\/w\/[^/]+\//);
  const workspaceId = /\/w\/([^/]+)\//.exec(page.url())![1]!;
  const api = `/api/workspaces/${workspaceId}`;
  const range = { from: '2026-01-01', to: '2026-01-28' }; // replaced by the dashboard's 28-day range
  const queries: { name: string; kind: string; body: Record<string, unknown> }[] = [
    { name: 'Impressions & engagements', kind: 'trend', body: { range, interval: 'day', series: [{ metric: 'impressions' }, { metric: 'engagements' }] } },
    { name: 'Followers', kind: 'trend', body: { range, interval: 'day', series: [{ metric: 'followers' }] } },
    { name: 'Net follows', kind: 'trend', body: { range, interval: 'week', series: [{ metric: 'net_follows' }] } },
    { name: 'Engagement rate', kind: 'trend', body: { range, interval: 'day', series: [{ metric: 'engagement_rate_by_reach' }] } },
    { name: 'Likes by account', kind: 'trend', body: { range, interval: 'day', series: [{ event: 'like' }], breakdown: { field: 'account' } } },
    { name: 'View → like → share', kind: 'funnel', body: { range, steps: [{ event: 'video_view' }, { event: 'like' }, { event: 'share' }] } },
    { name: 'Weekly retention', kind: 'retention', body: { range, interval: 'week', startEvent: { event: 'follow' }, returnEvent: 'any', periods: 4 } },
    { name: 'After a profile visit', kind: 'paths', body: { range, event: 'profile_visit', excludeEvents: ['impression'] } },
  ];
  const dashboard = await pageCall<{ id: string }>(page, 'POST', `${api}/dashboards`, { name: `Bench ${new Date().toISOString()}`, filters: { range: { preset: '28d' } } });
  for (const q of queries) {
    const saved = await pageCall<{ id: string }>(page, 'POST', `${api}/saved-queries`, q);
    await pageCall(page, 'POST', `${api}/dashboards/${dashboard.id}/tiles`, { queryId: saved.id, w: 6, h: 2 });
  }
  await page.close();

  for (let i = 0; i < runs; i++) {
    const p = await context.newPage();
    const errors: string[] = [];
    p.on('pageerror', (e) => errors.push(e.message));
    await p.goto(`${server.url}/w/${workspaceId}/dashboards/${dashboard.id}`);
    // every tile has a drawn chart: a canvas with a non-blank pixel
    // a string, not a function: tsx would wrap a function in helpers the page does not have
    await p.waitForFunction(`(${DRAWN_CHECK})(${TILES})`, undefined, { polling: 'raf', timeout: 60_000 }).catch(async (err) => {
      const state = p.url() + ' ' + (await p.evaluate('document.body.innerText.slice(0, 400)')) + await p.evaluate(`Array.from(document.querySelectorAll('[data-testid^="tile-"][data-query-id]')).map((t) => [t.querySelectorAll('canvas').length, t.querySelectorAll('svg').length, t.textContent.slice(0, 120)])`);
      throw new Error(`not every tile drew a chart: ${JSON.stringify(state)}`, { cause: err });
    });
    const ms = (await p.evaluate('window.__renderedAt')) as number;
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    const timeline = await p.evaluate(`(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const api = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/') || e.name.endsWith('.js')).map((e) => [new URL(e.name).pathname.replace(/.*\\/workspaces\\/[^/]+/, ''), Math.round(e.startTime), Math.round(e.responseEnd)]);
      return { domContentLoaded: Math.round(nav.domContentLoadedEventEnd), api };
    })()`);
    if (process.env.BENCH_VERBOSE) console.log(JSON.stringify(timeline));
    times.push(ms);
    console.log(`run ${i + 1}: all ${TILES} tiles drawn ${round(ms, 0)} ms after navigation start`);
    await p.close();
  }
} finally {
  await browser.close();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
const report = { machine: await machineInfo(url?.replace(/\/[^/]*$/, '')), engine: url ? 'postgres' : 'pglite', runs, times: times.map((t) => round(t, 0)), medianMs: round(median(times), 0), targetMs: 1500 };
if (values.out) writeFileSync(values.out, JSON.stringify(report, null, 2));
console.log(JSON.stringify(report));
