import { createUser, createWorkspace } from '@resonance/identity-access';
import type { TestServer } from '@resonance/server/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, signIn, startBrowserSession } from './session';

describe('compliance lexicons and the try-it box in Chromium', () => {
  let server: TestServer;
  let page: Page;
  let pageErrors: string[];
  let session: BrowserSession;
  const login = { email: 'compliance-owner@example.com', password: 'correct-horse-battery' };

  beforeAll(async () => {
    session = await startBrowserSession({
      viewport: { width: 1400, height: 900 },
      prepare: async (runtime) => {
        const owner = await createUser(runtime.ctx.db, { ...login, name: 'Owner' });
        await createWorkspace(runtime.ctx.db, { name: '合规测试', ownerUserId: owner.id });
      },
    });
    ({ server, page, pageErrors } = session);
    await signIn(page, server.url, login);
  });

  afterAll(() => session?.close());

  it('lists the built-in lexicons and adds a competitor term', async () => {
    await page.getByTestId('nav-compliance').click();
    await page.waitForURL(/\/compliance/);
    await page.getByTestId('lexicon-superlative').waitFor();
    await page.getByTestId('terms-table').getByText('史上最低价').waitFor();
    await page.getByTestId('lexicon-competitor').click();
    await page.getByTestId('lexicon-title').getByText('竞品名称').waitFor();
    await page.getByTestId('term-add').click();
    await page.getByTestId('term-input').fill('星巴克');
    await page.getByTestId('term-suggestion').fill('其他品牌');
    await page.getByTestId('term-save').click();
    await page.getByTestId('terms-table').getByText('星巴克').waitFor();
  });

  it('highlights nested findings with their details and the new term', async () => {
    await page.getByTestId('tab-check').click();
    await page.getByTestId('check-body').fill('史上最低价，比星巴克好喝');
    await page.getByTestId('check-run').click();
    await page.getByTestId('check-result').waitFor();
    expect(await page.getByTestId('check-decision').getAttribute('data-decision')).toBe('block');
    const marks = page.getByTestId('check-body-highlights').getByTestId('finding-mark');
    // 史上 | 最低 | 价 (nested superlatives) and 星巴克 (competitor)
    expect(await marks.allTextContents()).toEqual(['史上', '最低', '价', '星巴克']);
    expect(await marks.nth(1).getAttribute('data-severity')).toBe('critical');
    expect(await marks.nth(3).getAttribute('data-category')).toBe('competitor');
    await marks.nth(3).hover();
    await page.getByText('其他品牌', { exact: true }).first().waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('shows the empty state of the metrics before anything was checked for review', async () => {
    await page.getByTestId('tab-metrics').click();
    await page.getByTestId('empty-state').waitFor();
    expect(pageErrors).toEqual([]);
  });
});
