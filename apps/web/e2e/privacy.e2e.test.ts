import { appendEvents } from '@resonance/events';
import { insertFans, setConsent } from '@resonance/fans';
import { seedDemo } from '@resonance/flow-demo-seed';
import type { TestServer } from '@resonance/server/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, pageApi, signIn, startBrowserSession } from './session';

describe('privacy in Chromium: retention, consent records, export and erasure', () => {
  let server: TestServer;
  let page: Page;
  let login: { email: string; password: string };
  let workspaceId: string;
  let fanId: string;
  let pageErrors: string[];
  let session: BrowserSession;

  beforeAll(async () => {
    session = await startBrowserSession({
      viewport: { width: 1400, height: 900 },
      acceptDownloads: true,
      prepare: async (runtime) => {
        const { db, secrets } = runtime.ctx;
        const demo = await seedDemo(runtime.ctx, { fans: 100, days: 14, seed: 5 });
        login = { email: demo.email, password: demo.password };
        workspaceId = demo.workspaceId;
        const ids = await insertFans(db, secrets, workspaceId, [
          { displayName: '隐私小林', identities: [{ kind: 'email', value: 'xiaolin@example.cn' }, { kind: 'external_id', value: 'e2e-lin' }] },
        ]);
        fanId = ids[0]!;
        await setConsent(db, workspaceId, fanId, { purpose: 'marketing.email', granted: true, source: '官网注册', textVersion: 'v1', at: new Date(Date.now() - 864e5) });
        await appendEvents(db, workspaceId, [{ name: 'order', sourceId: 'src_e2e', platform: 'sandbox', fanId, occurredAt: new Date(Date.now() - 3600e3), properties: { amount: 66, currency: 'CNY', orderId: 'o-e2e' } }]);
      },
    });
    ({ server, page, pageErrors } = session);
  });

  afterAll(() => session?.close());

  it('sets the event retention in Settings', async () => {
    await signIn(page, server.url, login);
    await page.goto(`${server.url}/w/${workspaceId}/settings`);
    const card = page.getByTestId('retention-card');
    await card.getByTestId('retention-current').waitFor();
    await card.getByText('只保留最近').click();
    await page.locator('#retention_days').fill('90');
    await card.getByTestId('retention-save').click();
    await page.locator('.ant-modal-confirm .ant-btn-primary').click();
    await expect.poll(async () => (await pageApi<{ retentionDays: number | null }>(page, 'GET', `/api/workspaces/${workspaceId}/event-retention`)).body.retentionDays, { timeout: 10_000 }).toBe(90);
    await expect.poll(async () => card.getByTestId('retention-current').textContent(), { timeout: 10_000 }).toContain('90');
  });

  it('shows the consent history and records a withdrawal', async () => {
    await page.goto(`${server.url}/w/${workspaceId}/fans/${fanId}`);
    const panel = page.getByTestId('fan-privacy');
    const rows = panel.getByTestId('consent-history').locator('tbody tr.ant-table-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    await panel.getByTestId('consent-record').click();
    await page.locator('#consent_purpose').fill('marketing.email');
    await page.getByTestId('consent-granted').getByText('撤回').click();
    await page.locator('#consent_source').fill('退订短信');
    await page.locator('#consent_textVersion').fill('v1');
    await page.getByTestId('consent-submit').click();
    await expect.poll(async () => rows.count(), { timeout: 10_000 }).toBe(2);
    expect(await rows.first().textContent()).toContain('退订短信');
    expect(await panel.getByTestId('consent-current').textContent()).toContain('marketing.email: 撤回');
  });

  it('downloads the export as one JSON file', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('fan-export').click()]);
    expect(download.suggestedFilename()).toBe(`fan-${fanId}.json`);
    const stream = await download.createReadStream();
    let text = '';
    for await (const chunk of stream) text += chunk.toString();
    const doc = JSON.parse(text);
    expect(doc.fan.identities.map((i: { value: string }) => i.value)).toContain('xiaolin@example.cn');
    expect(doc.fan.consentRecords).toHaveLength(2);
    expect(doc.events).toHaveLength(1);
  });

  it('erases only after the name is typed, then goes back to the fans list', async () => {
    await page.getByTestId('fan-erase').click();
    await page.getByText('删除事件').click();
    const submit = page.getByTestId('erase-submit');
    await page.locator('#erase_confirm').fill('别人');
    expect(await submit.isDisabled()).toBe(true);
    await page.locator('#erase_confirm').fill('隐私小林');
    await expect.poll(async () => submit.isDisabled(), { timeout: 10_000 }).toBe(false);
    await submit.click();
    await page.waitForURL(new RegExp(`/w/${workspaceId}/fans$`));
    expect((await pageApi(page, 'GET', `/api/workspaces/${workspaceId}/fans/${fanId}`)).status).toBe(404);
    const events = await server.runtime.ctx.db.query(`select 1 from events where workspace_id = $1 and source_id = 'src_e2e'`, [workspaceId]);
    expect(events).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
