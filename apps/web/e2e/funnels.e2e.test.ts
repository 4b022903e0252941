import { readFile } from 'node:fs/promises';
import { appendEvents } from '@resonance/events';
import { seedDemo } from '@resonance/flow-demo-seed';
import type { TestServer } from '@resonance/server/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatInteger, formatRate } from '../src/lib/format';
import { type BrowserSession, pageCall, signIn, startBrowserSession } from './session';

interface Step {
  step: number;
  event: string;
  fans: number;
  conversionFromPrevious: number;
  conversionFromFirst: number;
  dropped: number;
}

describe('funnels in Chromium: build a funnel, read the numbers, export the dropped fans', () => {
  let server: TestServer;
  let page: Page;
  let login: { email: string; password: string };
  let workspaceId: string;
  let pageErrors: string[];
  let session: BrowserSession;
  const api = (rest: string) => `/api/workspaces/${workspaceId}${rest}`;

  beforeAll(async () => {
    session = await startBrowserSession({
      viewport: { width: 1400, height: 1000 },
      acceptDownloads: true,
      prepare: async (runtime) => {
        const demo = await seedDemo(runtime.ctx, { fans: 300, days: 30, seed: 7 });
        login = { email: demo.email, password: demo.password };
        workspaceId = demo.workspaceId;
        // a shop funnel on top of the demo's social events: 60 of its fans view, two thirds add to cart, a third order
        const { db } = runtime.ctx;
        const fans = await db.query<{ id: string }>('select id from fans where workspace_id = $1 order by id limit 60', [workspaceId]);
        const now = Date.now();
        const base = { sourceId: 'src_e2e', platform: 'sandbox' };
        await appendEvents(
          db,
          workspaceId,
          fans.flatMap(({ id }, i) => {
            const viewed = now - ((i % 20) + 1) * 86_400_000;
            const late = i % 6 === 5 && (i % 20) + 1 >= 10; // orders 8 days later: outside a 7-day window
            return [
              { ...base, name: 'view_item', fanId: id, occurredAt: new Date(viewed), properties: { sku: `sku_${i % 4}` } },
              ...(i % 3 !== 0 ? [{ ...base, name: 'add_to_cart', fanId: id, occurredAt: new Date(viewed + (10 + i) * 60_000) }] : []),
              ...(i % 3 === 2 ? [{ ...base, name: 'order', fanId: id, occurredAt: new Date(viewed + (late ? 8 * 86_400_000 : 2 * 3_600_000)) }] : []),
            ];
          }),
        );
      },
    });
    ({ server, page, pageErrors } = session);
  });

  afterAll(() => session?.close());

  const typeEvent = async (testId: string, name: string) => {
    const input = page.getByTestId(testId).locator('input');
    await input.fill(name);
    await input.press('Tab'); // (Escape would clear it: the input is type=search)
  };

  it('builds view_item → add_to_cart → order in the builder and shows the numbers the API computes', async () => {
    await signIn(page, server.url, login);
    await page.getByTestId('nav-funnels').click();
    await page.waitForURL(/\/funnels$/);
    await page.getByTestId('funnel-builder').waitFor();
    expect(await page.getByTestId('funnel-run').isDisabled()).toBe(true);

    await typeEvent('step-1-event', 'view_item');
    await typeEvent('step-2-event', 'add_to_cart');
    await page.getByTestId('funnel-add-step').click();
    await typeEvent('step-3-event', 'order');
    await page.getByTestId('funnel-run').click();
    await page.getByTestId('funnel-table').waitFor();
    await page.getByTestId('funnel-chart').waitFor();

    const period = (await page.getByTestId('funnel-period').textContent()) ?? '';
    const [from, to] = period.match(/\d{4}-\d{2}-\d{2}/g) ?? [];
    expect(from && to).toBeTruthy();
    const body = { range: { from, to }, steps: [{ event: 'view_item' }, { event: 'add_to_cart' }, { event: 'order' }], windowSeconds: 7 * 86_400, order: 'sequential' };
    const res = await pageCall<{ steps: Step[] }>(page, 'POST', api('/queries/funnel'), body);
    expect(res.steps).toHaveLength(3);
    expect(res.steps.map((s) => s.fans)).toEqual([60, 40, res.steps[2]!.fans]);
    expect(res.steps[2]!.fans).toBeGreaterThan(0);
    expect(res.steps[2]!.fans).toBeLessThan(20); // the late orders fall outside the window
    for (const s of res.steps) {
      expect(await page.getByTestId(`funnel-fans-${s.step}`).textContent()).toBe(formatInteger(s.fans));
      expect(await page.getByTestId(`funnel-first-${s.step}`).textContent()).toBe(formatRate(s.conversionFromFirst));
      if (s.step > 1) {
        expect(await page.getByTestId(`funnel-prev-${s.step}`).textContent()).toBe(formatRate(s.conversionFromPrevious));
        expect(await page.getByTestId(`funnel-dropped-${s.step}`).textContent()).toBe(formatInteger(s.dropped));
      }
    }

    // the dropped fans of step 2, as CSV, are the API's list
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('funnel-export-dropped-2').click()]);
    expect(download.suggestedFilename()).toBe('funnel-step2-dropped.csv');
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('fan_id,last_step,reached_at,reached_at_local');
    const csvIds = lines.slice(1).map((l) => l.split(',')[0]);
    const apiIds: string[] = [];
    let cursor: string | undefined;
    do {
      const pageOf = await pageCall<{ items: { fanId: string; lastStep: number }[]; nextCursor: string | null }>(page, 'POST', api('/queries/funnel/fans'), {
        ...body, step: 2, status: 'dropped', limit: 1000, cursor,
      });
      for (const f of pageOf.items) {
        expect(f.lastStep).toBe(1);
        apiIds.push(f.fanId);
      }
      cursor = pageOf.nextCursor ?? undefined;
    } while (cursor);
    expect(csvIds).toEqual(apiIds);
    expect(csvIds.length).toBe(res.steps[1]!.dropped);
  });

  it('switches the order to any and recalculates', async () => {
    await page.getByTestId('funnel-order-any').click();
    await page.getByTestId('funnel-run').click();
    const period = (await page.getByTestId('funnel-period').textContent()) ?? '';
    const [from, to] = period.match(/\d{4}-\d{2}-\d{2}/g) ?? [];
    const res = await pageCall<{ steps: Step[] }>(page, 'POST', api('/queries/funnel'), {
      range: { from, to }, steps: [{ event: 'view_item' }, { event: 'add_to_cart' }, { event: 'order' }], windowSeconds: 7 * 86_400, order: 'any',
    });
    await expect.poll(async () => page.getByTestId('funnel-fans-3').textContent()).toBe(formatInteger(res.steps[2]!.fans));
    expect(await page.getByTestId('funnel-fans-2').textContent()).toBe(formatInteger(res.steps[1]!.fans));
  });

  it('adds the funnel to a new dashboard: the tile shows the API numbers after a reload and exports them as CSV', async () => {
    const period = (await page.getByTestId('funnel-period').textContent()) ?? '';
    const [from, to] = period.match(/\d{4}-\d{2}-\d{2}/g) ?? [];
    const res = await pageCall<{ steps: Step[] }>(page, 'POST', api('/queries/funnel'), {
      range: { from, to }, steps: [{ event: 'view_item' }, { event: 'add_to_cart' }, { event: 'order' }], windowSeconds: 7 * 86_400, order: 'any',
    });
    await page.getByTestId('add-to-dashboard').click();
    await page.getByTestId('add-query-name').fill('下单漏斗');
    await page.getByTestId('add-dashboard-name').fill('转化看板');
    await page.getByTestId('add-to-dashboard-submit').click();
    await page.getByTestId('add-to-dashboard-open').click();
    await page.waitForURL(/\/dashboards\/dash_/);
    await page.reload();
    await page.getByTestId('tile-0').locator('canvas').first().waitFor();
    expect(await page.getByTestId('tile-0-name').textContent()).toBe('下单漏斗');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('tile-0-csv').click()]);
    expect(download.suggestedFilename()).toBe('下单漏斗.csv');
    const rows = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '').trimEnd().split('\r\n').map((r) => r.split(','));
    // header, then step, event, fans, … per step: the API's numbers
    expect(rows.slice(1).map((r) => [Number(r[0]), r[1], Number(r[2])])).toEqual(res.steps.map((s) => [s.step, s.event, s.fans]));
  });

  it('shows retention and paths for the same workspace', async () => {
    await page.getByTestId('nav-retention').click();
    await typeEvent('retention-start-event', 'view_item');
    await page.getByTestId('retention-run').click();
    await page.getByTestId('retention-table').waitFor();
    await page.getByTestId('retention-curve').waitFor();

    await page.getByTestId('nav-paths').click();
    await typeEvent('paths-anchor-event', 'like');
    await page.getByTestId('paths-run').click();
    await page.getByTestId('paths-table').waitFor();
    const period = (await page.getByTestId('paths-period').textContent()) ?? '';
    const [from, to] = period.match(/\d{4}-\d{2}-\d{2}/g) ?? [];
    const res = await pageCall<{ sequences: { fans: number; occurrences: number }[] }>(page, 'POST', api('/queries/paths'), {
      range: { from, to }, event: 'like', direction: 'after', steps: 3, excludeEvents: ['impression'], limit: 20,
    });
    expect(res.sequences.length).toBeGreaterThan(0);
    expect(await page.getByTestId('paths-occurrences-1').textContent()).toBe(formatInteger(res.sequences[0]!.occurrences));
    expect(pageErrors).toEqual([]);
  });
});
