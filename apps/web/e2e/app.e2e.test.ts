import { seedDemo } from '@resonance/flow-demo-seed';
import type { TestServer } from '@resonance/server/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatKpi, type KpiKey } from '../src/lib/format';
import { type BrowserSession, fillLogin, pageApi, startBrowserSession } from './session';

const KPIS: KpiKey[] = ['followers', 'netFollows', 'postsPublished', 'impressions', 'engagements', 'engagementRate'];

describe('web app in Chromium', () => {
  let server: TestServer;
  let page: Page;
  let login: { email: string; password: string };
  let workspaceId: string;
  let pageErrors: string[];
  let session: BrowserSession;

  beforeAll(async () => {
    let seeded: { email: string; password: string } | undefined;
    session = await startBrowserSession({
      viewport: { width: 1400, height: 900 },
      prepare: async (runtime) => {
        const r = await seedDemo(runtime.ctx, { fans: 500, days: 70, seed: 7 });
        seeded = { email: r.email, password: r.password };
      },
    });
    login = seeded!;
    ({ server, page, pageErrors } = session);
  });

  afterAll(() => session?.close());

  it('signs in and lands on the Overview', async () => {
    await page.goto(`${server.url}/`);
    await page.waitForURL(/\/login/);
    await fillLogin(page, login);
    await page.waitForURL(/\/w\/[^/]+\/overview/);
    workspaceId = new URL(page.url()).pathname.split('/')[2]!;
    await page.getByTestId('kpi-followers').waitFor();
  });

  it('shows the same Overview numbers as the API', async () => {
    const api = await pageApi<{ totals: Record<KpiKey, { current: number }> }>(page, 'GET', `/api/workspaces/${workspaceId}/overview?days=28`);
    expect(api.status).toBe(200);
    expect(api.body.totals.followers.current).toBeGreaterThan(0);
    expect(api.body.totals.postsPublished.current).toBeGreaterThan(0);
    for (const k of KPIS) {
      const shown = await page.getByTestId(`kpi-${k}`).textContent();
      expect(shown, `KPI ${k}`).toBe(formatKpi(k, api.body.totals[k].current));
    }
    await page.getByTestId('daily-chart').waitFor();
    await page.getByTestId('followers-chart').waitFor();
  });

  it('switches the language from Chinese to English and keeps it for the user', async () => {
    const nav = page.getByTestId('nav-overview');
    expect(await nav.textContent()).toBe('概览');
    await page.getByTestId('lang-en').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="nav-overview"]')?.textContent === 'Overview');
    await expect.poll(async () => (await pageApi<{ user: { locale: string } }>(page, 'GET', '/api/me')).body.user.locale).toBe('en');
    await page.reload();
    await page.getByTestId('kpi-followers').waitFor();
    expect(await page.getByTestId('nav-overview').textContent()).toBe('Overview');
  });

  it('invites a member and shows the link', async () => {
    await page.getByTestId('nav-members').click();
    await page.getByTestId('invite-member').click();
    await page.getByTestId('invite-email').fill('new.member@example.com');
    await page.getByTestId('invite-submit').click();
    const link = page.getByTestId('invite-link');
    await link.waitFor();
    expect(await link.textContent()).toMatch(new RegExp(`^${server.url.replace(/[.:/]/g, '\\$&')}/invite/\\S+$`));
    await page.getByTestId('invite-done').click();
    await page.getByTestId('invites-table').getByRole('cell', { name: 'new.member@example.com' }).waitFor();
  });

  it('connects a sandbox account in one click', async () => {
    const before = await pageApi<{ id: string }[] | { items: { id: string }[] }>(page, 'GET', `/api/workspaces/${workspaceId}/accounts`);
    const ids = new Set((Array.isArray(before.body) ? before.body : before.body.items).map((a) => a.id));
    await page.getByTestId('nav-accounts').click();
    await page.getByTestId('connect-account').click();
    await page.getByTestId('connect-sandbox').click();
    await expect
      .poll(async () => {
        const r = await pageApi<{ id: string; name: string }[] | { items: { id: string; name: string }[] }>(page, 'GET', `/api/workspaces/${workspaceId}/accounts`);
        return (Array.isArray(r.body) ? r.body : r.body.items).filter((a) => !ids.has(a.id)).length;
      })
      .toBe(1);
    const after = await pageApi<{ id: string; name: string }[] | { items: { id: string; name: string }[] }>(page, 'GET', `/api/workspaces/${workspaceId}/accounts`);
    const added = (Array.isArray(after.body) ? after.body : after.body.items).find((a) => !ids.has(a.id))!;
    await page.getByTestId('accounts-table').getByTestId(`disconnect-${added.id}`).waitFor();
    await page.getByTestId('accounts-table').getByRole('row').filter({ hasText: added.name }).first().waitFor();
  });

  it('creates a source, shows its write key once, and the key ingests events', async () => {
    await page.getByTestId('nav-sources').click();
    await page.getByTestId('sources-table').waitFor();
    await page.getByTestId('source-create').click();
    await page.getByTestId('source-name').fill('E2E backend');
    await page.getByTestId('source-kind').locator('label').filter({ has: page.locator('input[value="server"]') }).click();
    await page.getByTestId('source-submit').click();
    const keyEl = page.getByTestId('source-key');
    await keyEl.waitFor();
    const writeKey = (await keyEl.textContent())!.trim();
    expect(writeKey).toMatch(/^wk_\S{20,}$/);
    expect(await page.getByTestId('source-snippet-segment').textContent()).toContain(`new Analytics({ writeKey: '${writeKey}', host: '${server.url}' })`);

    const res = await fetch(server.url + '/v1/t', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ writeKey, userId: 'e2e', event: 'E2E Event', messageId: 'e2e-1' }),
    });
    expect(res.status).toBe(200);
    const rows = await server.runtime.ctx.db.query<{ n: number }>("select count(*)::int as n from events where message_id = 'e2e-1'");
    expect(rows[0]!.n).toBe(1);

    await page.getByTestId('source-done').click();
    await keyEl.waitFor({ state: 'detached' });
    const list = await pageApi<{ items: { id: string; name: string; kind: string; keyPrefix: string; revokedAt: string | null }[] }>(page, 'GET', `/api/workspaces/${workspaceId}/sources`);
    const source = list.body.items.find((s) => s.name === 'E2E backend')!;
    expect(source).toMatchObject({ kind: 'server', revokedAt: null });
    expect(writeKey.startsWith(source.keyPrefix)).toBe(true);
    const row = page.getByTestId('sources-table').getByRole('row').filter({ hasText: 'E2E backend' });
    await row.getByText(`${source.keyPrefix}…`).waitFor();
    // the key is shown only in the modal: neither the table nor the list API holds it
    expect(await page.getByTestId('sources-table').textContent()).not.toContain(writeKey);
    expect(JSON.stringify(list.body)).not.toContain(writeKey);
    await page.getByTestId(`source-revoke-${source.id}`).waitFor();

    // the live debugger shows the event just sent and, within its refresh, a rejected one with the field
    await page.getByTestId(`source-debugger-${source.id}`).click();
    const debuggerTable = page.getByTestId('source-debugger');
    await debuggerTable.getByText('E2E Event').waitFor();
    const bad = await fetch(server.url + '/v1/batch', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${writeKey}` },
      body: JSON.stringify({ batch: [{ type: 'track', userId: 'e2e', event: 'Good one', messageId: 'e2e-2' }, { type: 'track', userId: 'e2e' }] }),
    });
    expect(bad.status).toBe(200);
    await debuggerTable.getByText('batch[1].event', { exact: false }).waitFor();
    await debuggerTable.getByText('Good one').waitFor();
    await page.keyboard.press('Escape');
    await debuggerTable.waitFor({ state: 'detached' });
  });

  it('raised no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
