import { connectAccount, createBrand } from '@resonance/accounts';
import { addMember, createUser, createWorkspace } from '@resonance/identity-access';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, pageGet, signIn, startBrowserSession } from './session';

interface Workflow {
  status: string;
  rejection: { reasons: string[]; automatic: boolean } | null;
  compliance: { decision: string; findings: { excerpt: string }[] } | null;
}

/**
 * R4's story in Chromium: an author writes a post with a banned superlative → submit → the automatic
 * compliance level blocks it back to draft, the finding highlighted → the author fixes the text →
 * submit → a reviewer (notified by the bell) approves it in the review inbox → the author schedules it →
 * it sits on the calendar as scheduled.
 */
describe('write → flagged → fix → approve → scheduled on the calendar, in Chromium', () => {
  let session: BrowserSession;
  let page: Page;
  let url = '';
  let workspaceId = '';
  let accountId = '';
  let contentId = '';
  const password = 'correct-horse-battery';
  const author = { email: 'author@example.com', password };
  const reviewer = { email: 'reviewer@example.com', password };
  const workflow = () => pageGet<Workflow>(page, `/api/workspaces/${workspaceId}/content/${contentId}/workflow`);
  const switchUser = async (login: { email: string; password: string }) => {
    await page.context().clearCookies();
    await signIn(page, url, login);
  };

  beforeAll(async () => {
    session = await startBrowserSession({
      viewport: { width: 1440, height: 1000 },
      prepare: async (runtime) => {
        const { db, secrets, clock } = runtime.ctx;
        const owner = await createUser(db, { email: author.email, name: 'Ada Author', password });
        const rev = await createUser(db, { email: reviewer.email, name: 'Rex Reviewer', password });
        const ws = await createWorkspace(db, { name: '审核演示', ownerUserId: owner.id });
        await addMember(db, ws.id, rev.id, 'reviewer');
        const brand = await createBrand(db, ws.id, { name: '春风' });
        const account = await connectAccount({ db, secrets, clock, connectors: runtime.connectors, publicUrl: 'http://localhost' }, ws.id, {
          brandId: brand.id, platform: 'sandbox', name: '春风微博', credentials: {},
        });
        workspaceId = ws.id;
        accountId = account.id;
      },
    });
    page = session.page;
    url = session.server.url;
    await signIn(page, url, author);
  });
  afterAll(() => session?.close());

  it('the owner sets the review policy: every item needs a human reviewer', async () => {
    await page.getByTestId('nav-review').click();
    await page.waitForURL(/\/review$/);
    await page.goto(`${url}/w/${workspaceId}/review?tab=policies`);
    await page.getByTestId('policy-default').waitFor();
    await page.getByTestId('policy-always-human').check();
    await page.getByTestId('policy-save').click();
    await expect
      .poll(async () => (await pageGet<{ default: { id: string | null; autoPassBelow: number | null } }>(page, `/api/workspaces/${workspaceId}/review-policies`)).default)
      .toMatchObject({ id: expect.stringMatching(/^rvp_/), autoPassBelow: null });
  });

  it('the author writes a post with 全网第一 and submits it: level 1 blocks it back to draft and highlights the finding', async () => {
    await page.getByTestId('nav-studio').click();
    await page.getByTestId('studio-new').click();
    await page.waitForURL(/\/studio\/cnt_/);
    contentId = page.url().split('/studio/')[1]!.split(/[?#]/)[0]!;
    await page.getByTestId('studio-title').fill('春季新品面霜');
    await page.getByTestId('studio-body').fill('我们的面霜全网第一，快来试试！');
    await page.getByTestId('studio-accounts').click();
    await page.getByTitle('春风微博', { exact: false }).first().click();
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await pageGet<{ accountIds: string[] }>(page, `/api/workspaces/${workspaceId}/content/${contentId}`)).accountIds).toEqual([accountId]);
    await saveMaster(page);

    await page.getByTestId('workflow-submit').click();
    await expect.poll(async () => (await workflow()).rejection?.automatic ?? null).toBe(true);
    const wf = await workflow();
    expect(wf.status).toBe('draft');
    expect(wf.compliance?.decision).toBe('block');
    const bar = page.getByTestId('workflow-actions');
    await expect.poll(() => bar.getAttribute('data-status')).toBe('draft');
    await expect.poll(() => page.getByTestId('workflow-rejection').textContent()).toContain('全网第一');
    const highlights = await page.getByTestId('finding-highlight').allTextContents();
    expect(highlights.join(' ')).toContain('全网第一');
  });

  it('the author fixes the text and submits again: it waits for a human reviewer', async () => {
    await page.getByTestId('studio-body').fill('我们的面霜温和保湿，快来试试！');
    await saveMaster(page);
    await page.getByTestId('workflow-submit').click();
    await expect.poll(async () => (await workflow()).status).toBe('in_review');
    await expect.poll(() => page.getByTestId('workflow-actions').getAttribute('data-status')).toBe('in_review');
  });

  it('the reviewer is notified, approves it in the review inbox', async () => {
    await switchUser(reviewer);
    await expect.poll(() => page.getByTestId('notification-badge').textContent(), { timeout: 15_000 }).toMatch(/[1-9]/);
    await page.getByTestId('notification-bell').click();
    await page.locator('[data-testid="notification-item"][data-kind="review_requested"]').first().click();
    await page.waitForURL(/\/review$/);
    const row = page.locator(`[data-testid="inbox-row"][data-content-id="${contentId}"]`);
    await row.waitFor();
    await row.getByTestId('inbox-approve').click();
    await expect.poll(async () => (await workflow()).status).toBe('approved');
    await expect.poll(() => row.count()).toBe(0);
  });

  it('the author schedules it and it sits on the calendar as scheduled', async () => {
    await switchUser(author);
    await page.goto(`${url}/w/${workspaceId}/studio/${contentId}`);
    await page.getByTestId('workflow-schedule').click();
    // two hours from now, in the workspace time zone (Asia/Shanghai), typed into the picker
    const at = new Date(Date.now() + 2 * 3_600_000);
    const local = new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
    const picker = page.getByTestId('schedule-at');
    const input = (await picker.evaluate((el) => el.tagName)) === 'INPUT' ? picker : picker.locator('input');
    await input.click();
    await input.fill(local);
    await input.press('Enter');
    await page.getByTestId('schedule-confirm').click();
    await expect.poll(async () => (await workflow()).status).toBe('scheduled');
    await expect.poll(() => page.getByTestId('workflow-actions').getAttribute('data-status')).toBe('scheduled');

    await page.getByTestId('nav-calendar').click();
    await page.waitForURL(/\/calendar/);
    const entry = page.getByTestId(`calendar-entry-${contentId}`).first();
    await entry.waitFor();
    expect(await entry.getAttribute('data-status')).toBe('scheduled');
    expect(session.pageErrors).toEqual([]);
  });

  it('dragging the entry to the next day reschedules it, same time of day', async () => {
    const variantOf = async () => (await pageGet<{ variants: { id: string; scheduledAt: string | null }[] }>(page, `/api/workspaces/${workspaceId}/content/${contentId}`)).variants[0]!;
    const before = await variantOf();
    const entry = page.getByTestId(`calendar-entry-${contentId}`).first();
    const localDay = (iso: string, plusDays = 0) => new Date(Date.parse(iso) + 8 * 3_600_000 + plusDays * 86_400_000).toISOString().slice(0, 10);
    const target = page.locator(`[data-date="${localDay(before.scheduledAt!, 1)}"]`).first();
    await target.waitFor();
    const from = (await entry.boundingBox())!;
    const to = (await target.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 5, from.y + from.height / 2 + 5, { steps: 5 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 15 });
    await page.mouse.up();
    await expect.poll(async () => (await variantOf()).scheduledAt, { timeout: 15_000 }).toBe(new Date(Date.parse(before.scheduledAt!) + 86_400_000).toISOString());
    expect(session.pageErrors).toEqual([]);
  });
});

/** Saves the master if the editor has a save button (otherwise it autosaves), and waits until the server has the text. */
async function saveMaster(page: Page): Promise<void> {
  const save = page.getByTestId('studio-save');
  if (await save.count()) await save.click();
  const body = await page.getByTestId('studio-body').inputValue();
  const [, ws, id] = page.url().match(/\/w\/([^/]+)\/studio\/([^/?#]+)/)!;
  await expect.poll(async () => (await pageGet<{ body: string }>(page, `/api/workspaces/${ws}/content/${id}`)).body, { timeout: 15_000 }).toBe(body);
}
