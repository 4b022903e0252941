import { startTestServer, type TestServer } from '@resonance/server/testing';
import type { Browser, Page } from 'playwright-core';
import { ensureWebBuilt, launchChromium } from './browser';

type Prepare = NonNullable<Parameters<typeof startTestServer>[0]>['prepare'];

export interface BrowserSession {
  server: TestServer;
  browser: Browser;
  page: Page;
  /** Uncaught errors of `page` (a test ends by expecting none). */
  pageErrors: string[];
  close(): Promise<void>;
}

/** The built web app served by a test server (`prepare` seeds it), and a Chromium page on it. */
export async function startBrowserSession(opts: { prepare: Prepare; viewport: { width: number; height: number }; acceptDownloads?: boolean }): Promise<BrowserSession> {
  await ensureWebBuilt();
  const server = await startTestServer({ prepare: opts.prepare });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: opts.viewport, acceptDownloads: opts.acceptDownloads ?? false });
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  return {
    server,
    browser,
    page,
    pageErrors,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Signs in on the login page and waits for a workspace page. */
export async function signIn(page: Page, baseUrl: string, login: { email: string; password: string }): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await fillLogin(page, login);
  await page.waitForURL(/\/w\/[^/]+\//);
}

/** Fills and submits the login form the page shows. */
export async function fillLogin(page: Page, login: { email: string; password: string }): Promise<void> {
  await page.getByTestId('login-email').fill(login.email);
  await page.getByTestId('login-password').fill(login.password);
  await page.getByTestId('login-submit').click();
}

/** Calls the API from inside the page, with its cookies (and the CSRF header on writes), like the app's own requests. */
export async function pageApi<T>(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const csrf = document.cookie.split('; ').find((c) => c.startsWith('rsn_csrf='))?.slice('rsn_csrf='.length);
      const res = await fetch(path, {
        method,
        headers: { 'content-type': 'application/json', ...(method !== 'GET' && csrf ? { 'x-csrf-token': decodeURIComponent(csrf) } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : null };
    },
    { method, path, body },
  );
}

/** The body of a successful API call from inside the page; throws on another status. */
export async function pageCall<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  const res = await pageApi<T>(page, method, path, body);
  if (res.status < 200 || res.status > 299) throw new Error(`${method} ${path}: ${res.status}`);
  return res.body;
}

export const pageGet = <T>(page: Page, path: string): Promise<T> => pageCall<T>(page, 'GET', path);
