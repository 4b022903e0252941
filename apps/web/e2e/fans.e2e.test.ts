import { listAccounts } from '@resonance/accounts';
import { appendEvents } from '@resonance/events';
import { insertFans } from '@resonance/fans';
import { seedDemo } from '@resonance/flow-demo-seed';
import type { TestServer } from '@resonance/server/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, pageGet, signIn, startBrowserSession } from './session';

const PHONE = '+8613700137000';

describe('fans in Chromium: search, profile, merge and undo', () => {
  let server: TestServer;
  let page: Page;
  let login: { email: string; password: string };
  let workspaceId: string;
  let lu: string;
  let twin: string;
  let platform: string;
  let pageErrors: string[];
  let session: BrowserSession;

  beforeAll(async () => {
    session = await startBrowserSession({
      viewport: { width: 1400, height: 900 },
      prepare: async (runtime) => {
        const { db, secrets } = runtime.ctx;
        const demo = await seedDemo(runtime.ctx, { fans: 300, days: 30, seed: 11 });
        login = { email: demo.email, password: demo.password };
        workspaceId = demo.workspaceId;
        const account = (await listAccounts(db, workspaceId))[0]!;
        platform = account.simulates ?? account.platform;
        const now = Date.now();
        const ids = await insertFans(db, secrets, workspaceId, [
          {
            displayName: '测试小鹿',
            traits: { city: '上海', tier: 'gold' },
            firstSeenAt: new Date(now - 5 * 864e5),
            lastSeenAt: new Date(now - 864e5),
            identities: [
              { kind: 'platform_user', namespace: account.id, value: 'e2e_user_1' },
              { kind: 'phone', value: PHONE },
              { kind: 'external_id', value: 'e2e-lu' },
            ],
          },
          { displayName: '测试二号', traits: { source: 'h5' }, lastSeenAt: new Date(now - 3 * 3600e3), identities: [{ kind: 'anonymous_id', value: 'e2e-anon' }] },
        ]);
        [lu, twin] = [ids[0]!, ids[1]!];
        const base = { sourceId: 'src_e2e', platform: 'sandbox', accountId: account.id };
        await appendEvents(db, workspaceId, [
          { ...base, name: 'like', fanId: lu, occurredAt: new Date(now - 2 * 864e5) },
          { ...base, name: 'comment', fanId: lu, occurredAt: new Date(now - 864e5), properties: { text: '好看' } },
          { ...base, name: 'order', fanId: twin, occurredAt: new Date(now - 3 * 3600e3), properties: { total: 99 } },
        ]);
      },
    });
    ({ server, page, pageErrors } = session);
  });

  afterAll(() => session?.close());

  it('signs in and finds a fan by phone number', async () => {
    await signIn(page, server.url, login);
    await page.goto(`${server.url}/w/${workspaceId}/fans`);
    await page.getByTestId('fans-table').waitFor();
    await page.getByTestId('fans-search').fill('137 0013 7000');
    await page.getByTestId('fans-search').press('Enter');
    await page.waitForURL(/[?&]q=137/);
    const link = page.getByTestId(`fan-link-${lu}`);
    await link.waitFor();
    await expect.poll(async () => page.getByTestId('fans-table').locator('tbody tr.ant-table-row').count()).toBe(1);
    await link.click();
    await page.waitForURL(new RegExp(`/fans/${lu}$`));
  });

  it('shows identities by platform, traits and the event timeline', async () => {
    expect(await page.getByTestId('fan-name').textContent()).toBe('测试小鹿');
    const identities = page.getByTestId('fan-identities');
    await identities.getByText(PHONE).waitFor();
    await identities.getByText('e2e_user_1').waitFor();
    await identities.getByTestId(`platform-icon-${platform}`).waitFor();
    await page.getByTestId('fan-traits').getByRole('cell', { name: 'gold' }).waitFor();
    const timeline = page.getByTestId('fan-timeline');
    await expect.poll(async () => timeline.getByTestId('timeline-event').count()).toBe(2);
    // newest first: the comment (yesterday) before the like (two days ago)
    expect(await timeline.getByTestId('timeline-event').first().textContent()).toContain('好看');
  });

  it('merges another profile into this one: its events join the timeline', async () => {
    await page.getByTestId('merge-open').click();
    await page.getByTestId('merge-search').fill('测试二号');
    await page.getByTestId('merge-search').press('Enter');
    await page.getByTestId(`merge-pick-${twin}`).click();
    await page.locator('.ant-popconfirm:visible .ant-btn-primary').click();
    const timeline = page.getByTestId('fan-timeline');
    await expect.poll(async () => timeline.getByTestId('timeline-event').count()).toBe(3);
    expect(await timeline.getByTestId('timeline-event').first().textContent()).toContain('99');
    const profile = await pageGet<{ id: string; mergedFanIds: string[] }>(page, `/api/workspaces/${workspaceId}/fans/${twin}`);
    expect(profile).toMatchObject({ id: lu, mergedFanIds: [lu, twin] });
    await page.getByTestId('fan-merges').getByText('测试二号').waitFor();
  });

  it('undoes the merge from the merge history', async () => {
    const merges = await pageGet<{ items: { id: string }[] }>(page, `/api/workspaces/${workspaceId}/fans/${lu}/merges`);
    const mergeId = merges.items[0]!.id;
    await page.getByTestId(`undo-merge-${mergeId}`).click();
    await page.locator('.ant-popconfirm:visible .ant-btn-primary').click();
    await page.getByTestId(`undo-merge-${mergeId}`).waitFor({ state: 'detached' });
    await expect.poll(async () => page.getByTestId('fan-timeline').getByTestId('timeline-event').count()).toBe(2);
    const restored = await pageGet<{ id: string; mergedFanIds: string[] }>(page, `/api/workspaces/${workspaceId}/fans/${twin}`);
    expect(restored).toMatchObject({ id: twin, mergedFanIds: [twin] });
    expect(pageErrors).toEqual([]);
  });
});
