import { connectAccount, createBrand } from '@resonance/accounts';
import { createUser, createWorkspace } from '@resonance/identity-access';
import type { TestServer } from '@resonance/server/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, pageCall, pageGet, signIn, startBrowserSession } from './session';

interface Item {
  id: string;
  title: string | null;
  body: string;
  version: number;
  variants: { accountId: string; body: string; customised: boolean }[];
}

describe('content studio in Chromium: write, see compliance and platform-rule warnings, save, reload', () => {
  let server: TestServer;
  let page: Page;
  let pageErrors: string[];
  let session: BrowserSession;
  let workspaceId = '';
  let accountId = '';
  let contentId = '';
  const login = { email: 'studio-owner@example.com', password: 'correct-horse-battery' };
  const longBody = `春季护肤小贴士：${'保湿很重要。'.repeat(400)}`; // 2,408 characters: over the sandbox's 2,000

  beforeAll(async () => {
    session = await startBrowserSession({
      viewport: { width: 1500, height: 1000 },
      prepare: async (runtime) => {
        const { db } = runtime.ctx;
        const owner = await createUser(db, { ...login, name: 'Owner' });
        const ws = await createWorkspace(db, { name: '内容测试', ownerUserId: owner.id });
        const brand = await createBrand(db, ws.id, { name: '品牌' });
        const deps = { db, secrets: runtime.ctx.secrets, clock: runtime.ctx.clock, connectors: runtime.connectors, publicUrl: 'http://localhost' };
        accountId = (await connectAccount(deps, ws.id, { brandId: brand.id, platform: 'sandbox', name: '微博沙盒', simulates: 'weibo', credentials: {} })).id;
        workspaceId = ws.id;
      },
    });
    ({ server, page, pageErrors } = session);
    await signIn(page, server.url, login);
  });

  afterAll(() => session?.close());

  it('creates a draft from the list and opens the editor', async () => {
    await page.getByTestId('nav-studio').click();
    await page.waitForURL(/\/studio$/);
    await page.getByTestId('studio-table').waitFor();
    await page.getByTestId('studio-new').click();
    await page.waitForURL(/\/studio\/cnt_/);
    contentId = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByTestId('studio-title').waitFor();
    expect(await page.getByTestId('studio-status').getAttribute('data-status')).toBe('draft');
  });

  it('highlights a banned superlative while typing', async () => {
    await page.getByTestId('studio-title').fill('春季新品');
    await page.getByTestId('studio-body').fill('我们的面霜全网第一，快来试试');
    const marks = page.getByTestId('compliance-body-highlights').getByTestId('finding-mark');
    await marks.first().waitFor();
    expect((await marks.allTextContents()).join('')).toContain('第一');
    const findings = page.getByTestId('compliance-finding');
    expect(await findings.count()).toBeGreaterThan(0);
    expect(await findings.first().getAttribute('data-category')).toBe('superlative');
  });

  it('adds a variant for the sandbox account and warns about an over-long body', async () => {
    await page.getByTestId('studio-accounts').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '微博沙盒' }).click();
    await page.keyboard.press('Escape');
    await page.getByTestId(`variant-tab-${accountId}`).waitFor();
    // the variant follows the unsaved master, previewed as a Weibo post
    await page.getByTestId('preview-weibo').waitFor();
    expect(await page.getByTestId('variant-body').inputValue()).toBe('我们的面霜全网第一，快来试试');
    await page.getByTestId('rules-ok').waitFor();

    await page.getByTestId('variant-body').fill(longBody);
    const warning = page.getByTestId('rule-warning').first();
    await warning.waitFor();
    expect(await warning.getAttribute('data-severity')).toBe('error');
    expect(await page.getByTestId('variant-state').getAttribute('data-customised')).toBe('true');
    await page.getByTestId('variant-save').click();
    await page.getByText('版本已保存').first().waitFor();
    expect(await page.getByTestId('variant-save').isDisabled()).toBe(true);
    expect(await page.getByTestId('variant-state').getAttribute('data-customised')).toBe('true');
  });

  it('saves the master and keeps everything after a reload', async () => {
    await page.getByTestId('studio-body').fill('我们的面霜很好用，快来试试');
    await page.getByTestId('studio-save').click();
    await page.getByTestId('studio-dirty').waitFor({ state: 'detached' });
    const saved = await pageGet<Item>(page, `/api/workspaces/${workspaceId}/content/${contentId}`);
    expect(saved.title).toBe('春季新品');
    expect(saved.body).toBe('我们的面霜很好用，快来试试');
    expect(saved.variants).toEqual([expect.objectContaining({ accountId, body: longBody, customised: true })]);

    await page.reload();
    await page.getByTestId('studio-title').waitFor();
    expect(await page.getByTestId('studio-title').inputValue()).toBe('春季新品');
    expect(await page.getByTestId('studio-body').inputValue()).toBe('我们的面霜很好用，快来试试');
    await page.getByTestId(`variant-tab-${accountId}`).waitFor();
    expect(await page.getByTestId('variant-body').inputValue()).toBe(longBody);
    await page.getByTestId('rule-warning').first().waitFor();
    // the fixed body no longer carries the superlative
    await page.getByTestId('studio-compliance-clean').or(page.getByTestId('compliance-body-highlights')).first().waitFor();
    expect(await page.getByTestId('compliance-body-highlights').getByTestId('finding-mark').filter({ hasText: '第一' }).count()).toBe(0);

    await page.getByTestId('studio-tab-activity').click();
    await page.locator('[data-testid="activity-entry"][data-kind="variant_edited"]').waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('creates a tracked short link with UTM parameters', async () => {
    await page.getByTestId('studio-tab-links').click();
    await page.getByTestId('link-url').fill('https://shop.example.com/spring');
    await page.getByTestId('link-utm_campaign').fill('spring_sale');
    await page.getByTestId('link-create').click();
    const short = page.getByTestId('link-short').first();
    await short.waitFor();
    expect(await short.textContent()).toMatch(/\/l\/[A-Za-z0-9_-]{12}$/);
    const links = await pageGet<{ items: { url: string }[] }>(page, `/api/workspaces/${workspaceId}/content/${contentId}/links`);
    expect(links.items).toHaveLength(1);
    expect(new URL(links.items[0]!.url).searchParams.get('utm_campaign')).toBe('spring_sale');
    expect(new URL(links.items[0]!.url).searchParams.get('utm_medium')).toBe('social');
  });

  it('says so and reloads when someone else saved first (409 stale_version)', async () => {
    const current = await pageGet<Item>(page, `/api/workspaces/${workspaceId}/content/${contentId}`);
    await pageCall(page, 'PATCH', `/api/workspaces/${workspaceId}/content/${contentId}`, { version: current.version, title: '别人改的标题' });
    await page.getByTestId('studio-title').fill('我改的标题');
    await page.getByTestId('studio-save').click();
    await page.getByTestId('studio-conflict').waitFor();
    await expect.poll(() => page.getByTestId('studio-title').inputValue()).toBe('别人改的标题');
    expect(pageErrors).toEqual([]);
  });

  it('is read-only with a hint once submitted for review', async () => {
    await page.getByTestId('workflow-submit').click();
    await page.getByTestId('studio-read-only').waitFor();
    expect(await page.getByTestId('studio-title').isDisabled()).toBe(true);
    expect(await page.getByTestId('studio-body').isDisabled()).toBe(true);
    expect(await page.getByTestId('studio-save').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('lists the item and opens it from its row', async () => {
    await page.getByTestId('studio-back').click();
    await page.getByTestId(`studio-row-${contentId}`).waitFor();
    await page.getByTestId('studio-filter-q').fill('没有这段文字');
    await page.getByTestId('empty-state').waitFor();
    await page.getByTestId('studio-filter-q').fill('好用');
    await page.getByTestId(`studio-row-${contentId}`).click();
    await page.waitForURL(new RegExp(`/studio/${contentId}$`));
    await page.getByTestId('studio-title').waitFor();
    expect(pageErrors).toEqual([]);
  });
});
