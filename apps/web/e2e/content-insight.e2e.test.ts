import { seedDemo } from '@resonance/flow-demo-seed';
import type { TestServer } from '@resonance/server/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatContentMetric } from '../src/features/content-insight/content-format';
import { formatGoalValue } from '../src/features/goals/goal-format';
import { type BrowserSession, pageGet, signIn, startBrowserSession } from './session';

const METRICS = [
  'impressions', 'reach', 'engagements', 'engagement_rate_by_impressions', 'likes', 'comments', 'shares', 'saves',
  'video_views', 'video_completion_rate', 'link_clicks', 'ctr', 'orders', 'gmv',
] as const;

interface Post {
  publicationId: string;
  pillar: string | null;
  metrics: Record<(typeof METRICS)[number], number>;
}
interface PostPage {
  range: { from: string; to: string };
  total: number;
  items: Post[];
}

describe('content insight and goals in Chromium', () => {
  let server: TestServer;
  let page: Page;
  let login: { email: string; password: string };
  let workspaceId: string;
  let pageErrors: string[];
  let session: BrowserSession;

  beforeAll(async () => {
    session = await startBrowserSession({
      viewport: { width: 1500, height: 950 },
      prepare: async (runtime) => {
        const demo = await seedDemo(runtime.ctx, { fans: 400, days: 45, seed: 5 });
        login = { email: demo.email, password: demo.password };
        workspaceId = demo.workspaceId;
      },
    });
    ({ server, page, pageErrors } = session);
    await signIn(page, server.url, login);
  });

  afterAll(() => session?.close());

  const shownMetrics = async (post: string) =>
    Object.fromEntries(await Promise.all(METRICS.map(async (m) => [m, (await page.getByTestId(`post-${post}-${m}`).textContent())?.trim()])));
  const expected = (p: Post) => Object.fromEntries(METRICS.map((m) => [m, formatContentMetric(m, p.metrics[m])]));

  it("shows the leaderboard with the API's numbers, in the API's order", async () => {
    await page.getByTestId('nav-content').click();
    await page.waitForURL(/\/content$/);
    await page.getByTestId('post-leaderboard').locator('tbody tr[data-row-key]').first().waitFor();
    const period = (await page.getByTestId('content-period').textContent()) ?? '';
    const [, from, to] = /(\d{4}-\d{2}-\d{2}) 至 (\d{4}-\d{2}-\d{2})/.exec(period) ?? [];
    const api = await pageGet<PostPage>(page, `/api/workspaces/${workspaceId}/content/posts?from=${from}&to=${to}&limit=50`);
    expect(api.total).toBeGreaterThan(10);
    expect(api.items[0]!.metrics.impressions).toBeGreaterThan(0);
    expect(api.items.every((p) => p.pillar !== null)).toBe(true); // the demo tags every post
    const rows = page.getByTestId('post-leaderboard').locator('tbody tr[data-row-key]');
    const shownIds = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row-key')));
    expect(shownIds.slice(0, 10)).toEqual(api.items.slice(0, 10).map((p) => p.publicationId));
    for (const p of api.items.slice(0, 3)) expect(await shownMetrics(p.publicationId)).toEqual(expected(p));
    expect(await page.getByTestId('post-total').textContent()).toContain(String(api.total));
    // every metric name carries its catalog definition
    await page.getByTestId('metric-help-ctr').first().hover();
    await page.getByTestId('metric-definition-ctr').waitFor();
    expect(await page.getByTestId('metric-definition-ctr').textContent()).toContain('count(link_click) ÷ count(impression)');

    // sorting by a metric column asks the server for that order
    await page.locator('th').filter({ has: page.getByTestId('metric-label-reach') }).first().click();
    const byReach = await pageGet<PostPage>(page, `/api/workspaces/${workspaceId}/content/posts?from=${from}&to=${to}&sort=reach&order=desc&limit=5`);
    await expect
      .poll(async () => rows.evaluateAll((trs) => trs.slice(0, 5).map((tr) => tr.getAttribute('data-row-key'))))
      .toEqual(byReach.items.map((p) => p.publicationId));
    expect(await shownMetrics(byReach.items[0]!.publicationId)).toEqual(expected(byReach.items[0]!));
  });

  it('compares pillars and shows posting times with the best-time rule', async () => {
    await page.getByTestId('tab-compare').click();
    await page.getByTestId('compare-by-pillar').click();
    await page.getByTestId('compare-table').locator('tbody tr[data-row-key]').first().waitFor();
    await page.getByTestId('tab-heatmap').click();
    await page.getByTestId('posting-heatmap').waitFor();
    const period = (await page.getByTestId('content-period').textContent()) ?? '';
    const [, from, to] = /(\d{4}-\d{2}-\d{2}) 至 (\d{4}-\d{2}-\d{2})/.exec(period) ?? [];
    const heat = await pageGet<{ cells: unknown[]; bestTimes: { accounts: { accountId: string; status: string }[] } }>(
      page,
      `/api/workspaces/${workspaceId}/content/heatmap?from=${from}&to=${to}`,
    );
    expect(Number(await page.getByTestId('posting-heatmap').getAttribute('data-cells'))).toBe(heat.cells.length);
    expect(await page.getByTestId('best-time-rule').textContent()).toContain('至少有 3 条内容');
    for (const a of heat.bestTimes.accounts) expect(await page.getByTestId(`best-time-${a.accountId}`).getAttribute('data-status')).toBe(a.status);
    expect(heat.bestTimes.accounts.some((a) => a.status === 'ok')).toBe(true);
  });

  it('creates a goal and shows it on the Overview with the API numbers', async () => {
    await page.getByTestId('nav-goals').click();
    await page.getByTestId('goals-table').waitFor();
    await page.getByTestId('goal-create').click();
    await page.getByTestId('goal-name').fill('E2E 互动量 +40%');
    await page.getByTestId('goal-metric').click();
    await page.keyboard.type('互动量');
    await page.keyboard.press('Enter');
    await page.getByTestId('goal-target-percent').fill('40');
    await page.getByTestId('goal-stage').fill('Q3');
    await page.getByTestId('goal-submit').click();
    const list = async () => pageGet<{ items: { id: string; name: string; metricId: string; stage: string; target: number; progress: { current: number | null } }[] }>(page, `/api/workspaces/${workspaceId}/goals`);
    await expect.poll(async () => (await list()).items.length).toBe(1);
    const goal = (await list()).items[0]!;
    expect(goal).toMatchObject({ name: 'E2E 互动量 +40%', metricId: 'engagements', stage: 'Q3' });
    await page.getByTestId(`goal-name-${goal.id}`).waitFor();

    await page.getByTestId('nav-overview').click();
    await page.getByTestId(`goal-card-${goal.id}`).waitFor();
    expect(await page.getByTestId(`goal-card-${goal.id}`).textContent()).toContain('E2E 互动量 +40%');
    expect(await page.getByTestId(`goal-current-${goal.id}`).getAttribute('data-value')).toBe(String(goal.progress.current ?? ''));
    expect(await page.getByTestId(`goal-card-${goal.id}`).textContent()).toContain(formatGoalValue(goal.target, 'count'));
    expect(pageErrors).toEqual([]);
  });
});
