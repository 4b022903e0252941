import { readFileSync } from 'node:fs';
import { seedDemo } from '@resonance/flow-demo-seed';
import type { TestServer } from '@resonance/server/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMetricValue } from '../src/features/trends/metric-format';
import { trendsZh } from '../src/features/trends/trends.messages';
import { type BrowserSession, pageApi, signIn, startBrowserSession } from './session';

interface Line {
  group: string | null;
  total: number;
}
interface Trend {
  range: { from: string; to: string };
  series: { unit: string; lines: Line[]; previous: { lines: Line[] } | null }[];
}

/** What the page shows for series i (current, previous) against the API's totals, formatted the same way. */
async function shownTotals(page: Page, prefix: string, series: number): Promise<{ value: string | null; text: string | null }[]> {
  const out = [];
  for (let i = 0; i < series; i++) {
    const el = page.getByTestId(`${prefix}-${i}-0`);
    out.push({ value: await el.getAttribute('data-value'), text: await el.textContent() });
  }
  return out;
}
const expectedTotals = (trend: Trend) => trend.series.map((s) => ({ value: String(s.lines[0]!.total), text: formatMetricValue(s.lines[0]!.total, s.unit) }));

describe('trends → dashboard → CSV → share link, in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let login: { email: string; password: string };
  let workspaceId: string;
  let apiTrend: Trend;
  let dashboardUrl: string;
  let pageErrors: string[];
  let session: BrowserSession;
  const query = (range: { from: string; to: string }) => ({ range, interval: 'day', series: [{ metric: 'impressions' }, { metric: 'engagements' }], compare: true });

  beforeAll(async () => {
    session = await startBrowserSession({
      viewport: { width: 1400, height: 1000 },
      acceptDownloads: true,
      prepare: async (runtime) => {
        const demo = await seedDemo(runtime.ctx, { fans: 300, days: 60, seed: 5 });
        login = { email: demo.email, password: demo.password };
        workspaceId = demo.workspaceId;
      },
    });
    ({ server, browser, page, pageErrors } = session);
    await signIn(page, server.url, login);
  });

  afterAll(() => session?.close());

  it('builds a trend in the UI whose numbers equal the API', async () => {
    await page.getByTestId('nav-trends').click();
    await page.waitForURL(/\/trends$/);
    await page.getByTestId('trend-total-0-0').waitFor();
    // a second series (a catalog metric picked by search) and the previous period
    await page.getByTestId('series-add').click();
    await page.getByTestId('series-1-metric').click();
    await page.keyboard.type('engagements');
    await page.getByTestId('metric-option-engagements').click();
    await page.getByTestId('trend-compare').click();
    await page.getByTestId('trend-previous-1-0').waitFor();
    await page.locator('[data-testid="trend-result"][data-ready="true"]').waitFor();

    const period = page.getByTestId('trend-period');
    const range = { from: (await period.getAttribute('data-from'))!, to: (await period.getAttribute('data-to'))! };
    const res = await pageApi<Trend>(page, 'POST', `/api/workspaces/${workspaceId}/queries/trend`, query(range));
    expect(res.status).toBe(200);
    apiTrend = res.body;
    expect(apiTrend.series[0]!.lines[0]!.total).toBeGreaterThan(0);
    expect(apiTrend.series[1]!.lines[0]!.total).toBeGreaterThan(0);
    await expect.poll(() => shownTotals(page, 'trend-total', 2)).toEqual(expectedTotals(apiTrend));
    for (let i = 0; i < 2; i++) {
      const prev = apiTrend.series[i]!.previous!.lines[0]!.total;
      expect(await page.getByTestId(`trend-previous-${i}-0`).getAttribute('data-value')).toBe(String(prev));
    }
    // every metric name carries its definition
    await page.getByTestId('metric-help-engagements').first().hover();
    await expect.poll(() => page.getByTestId('metric-definition-engagements').first().isVisible()).toBe(true);
    await page.getByTestId('trend-chart').locator('canvas').first().waitFor();
  });

  it('adds the trend to a new dashboard; the tile shows the same numbers, also after a reload', async () => {
    await page.getByTestId('add-to-dashboard').click();
    await page.getByTestId('add-query-name').fill('曝光与互动');
    await page.getByTestId('add-dashboard-name').fill('运营周报');
    await page.getByTestId('add-to-dashboard-submit').click();
    await page.getByTestId('add-to-dashboard-open').click();
    await page.waitForURL(/\/dashboards\/dash_/);
    dashboardUrl = page.url();
    await page.getByTestId('tile-0-total-1-0').waitFor();
    expect(await page.getByTestId('tile-0-name').textContent()).toBe('曝光与互动');
    // the dashboard kept the Trends page's range (last 28 days): the same dates, the same numbers
    const period = page.getByTestId('dashboard-period');
    expect({ from: await period.getAttribute('data-from'), to: await period.getAttribute('data-to') }).toEqual(apiTrend.range);
    await expect.poll(() => shownTotals(page, 'tile-0-total', 2)).toEqual(expectedTotals(apiTrend));

    await page.reload();
    await page.getByTestId('tile-0-total-1-0').waitFor();
    expect(await shownTotals(page, 'tile-0-total', 2)).toEqual(expectedTotals(apiTrend));
    await page.getByTestId('tile-0-chart').locator('canvas').first().waitFor();
  });

  it("exports the tile as CSV with the API's numbers, and as PNG", async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('tile-0-csv').click()]);
    expect(download.suggestedFilename()).toBe('曝光与互动.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = csv.slice(1).trimEnd().split('\r\n').map((r) => r.split(','));
    expect(rows[0]).toEqual([trendsZh.intervals.day, '曝光量', `曝光量 (${trendsZh.previousShort})`, '互动量', `互动量 (${trendsZh.previousShort})`]);
    const days = (Date.parse(apiTrend.range.to) - Date.parse(apiTrend.range.from)) / 86_400_000 + 1;
    expect(rows).toHaveLength(1 + days + 1);
    expect(rows[1]![0]).toBe(apiTrend.range.from);
    const s = apiTrend.series;
    expect(rows.at(-1)).toEqual([trendsZh.total, ...[s[0]!, s[1]!].flatMap((x) => [String(x.lines[0]!.total), String(x.previous!.lines[0]!.total)])]);
    // the day rows add up to the totals (impressions and engagements are counts)
    expect(rows.slice(1, -1).reduce((sum, r) => sum + Number(r[1]), 0)).toBe(s[0]!.lines[0]!.total);

    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('tile-0-png').click()]);
    expect(png.suggestedFilename()).toBe('曝光与互动.png');
    expect(readFileSync((await png.path())!).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  });

  it('opens a share link in a fresh browser without signing in, until it is revoked', async () => {
    await page.getByTestId('dashboard-share').click();
    await page.getByTestId('share-days').fill('3');
    await page.getByTestId('share-create').click();
    const url = (await page.getByTestId('share-url').textContent())!.trim();
    expect(url).toMatch(new RegExp(`^${server.url}/share/shr_`));

    const fresh = await browser.newContext();
    try {
      const visitor = await fresh.newPage();
      await visitor.goto(url);
      await visitor.getByTestId('tile-0-total-1-0').waitFor();
      expect(await visitor.getByTestId('page-title').textContent()).toBe('运营周报');
      expect(await shownTotals(visitor, 'tile-0-total', 2)).toEqual(expectedTotals(apiTrend));
      expect(await visitor.getByTestId('tile-0-remove').count()).toBe(0); // read-only
      expect(await visitor.getByTestId('metric-help-impressions').count()).toBe(1); // definitions come with the shared dashboard
      expect((await fresh.cookies()).filter((c) => c.name === 'rsn_session')).toEqual([]);

      // revoked in the dialog: the visitor's reload shows the link is no longer valid
      await page.locator('[data-testid^="share-revoke-"]').first().click();
      await page.locator('.ant-popconfirm .ant-btn-primary').click();
      await page.locator('[data-testid^="share-status-"]', { hasText: /已撤销|Revoked/ }).waitFor();
      await visitor.reload();
      await visitor.getByTestId('share-invalid').waitFor();
    } finally {
      await fresh.close();
    }
    expect(page.url()).toBe(dashboardUrl);
    expect(pageErrors).toEqual([]);
  });
});
