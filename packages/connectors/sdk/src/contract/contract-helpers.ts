/** Small helpers for the contract suite: error guards, drafts built from declared capabilities, paging. */
import { expect } from 'vitest';
import { isConnectorError, type ConnectorErrorKind } from '../connector-errors.js';
import type { Connector, MediaRef, Page, PublishInput } from '../connector.types.js';

export interface ContractOptions {
  /** Move the platform's clock forward (simulated platforms); without it, time-based checks compare two reads. */
  advanceTime?: (ms: number) => void | Promise<void>;
  /** Media the platform can actually fetch; defaults to placeholder URLs. */
  sampleImage?: MediaRef;
  sampleVideo?: MediaRef;
  /** Upper bound on pages walked when paginating. */
  maxPages?: number;
}

let counter = 0;
export const uniqueKey = (label: string) => `contract-${label}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

/** Awaits a connector call; any error that is not a ConnectorError fails the test. */
export async function guard<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (err) {
    if (!isConnectorError(err)) {
      expect.fail(`connector threw a non-ConnectorError: ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`);
    }
    throw err;
  }
}

export async function expectConnectorError(promise: Promise<unknown>, kind: ConnectorErrorKind): Promise<void> {
  let caught: unknown;
  try {
    await promise;
  } catch (err) {
    caught = err;
  }
  expect(caught, `expected a ConnectorError of kind ${kind}`).toBeDefined();
  expect(isConnectorError(caught), `expected a ConnectorError, got ${String(caught)}`).toBe(true);
  expect((caught as { kind: string }).kind).toBe(kind);
}

function firstType(c: Connector, prefix: 'image/' | 'video/', fallback: string): string {
  return c.contentRules.allowedMediaTypes.find((t) => t.startsWith(prefix)) ?? fallback;
}

export function sampleImage(c: Connector, opts: ContractOptions): MediaRef {
  return opts.sampleImage ?? { kind: 'image', mimeType: firstType(c, 'image/', 'image/jpeg'), url: 'https://example.com/contract/sample.jpg' };
}

export function sampleVideo(c: Connector, opts: ContractOptions): MediaRef {
  return opts.sampleVideo ?? { kind: 'video', mimeType: firstType(c, 'video/', 'video/mp4'), url: 'https://example.com/contract/sample.mp4' };
}

/** The simplest post this connector declares it can publish. */
export function minimalDraft(c: Connector, opts: ContractOptions, label: string): PublishInput {
  const idempotencyKey = uniqueKey(label);
  const draft: PublishInput = { idempotencyKey, text: `合约测试 contract test ${idempotencyKey}` };
  if (c.contentRules.titleRequired) draft.title = '合约测试 Contract test';
  if (!c.capabilities.publishText) {
    draft.media = c.capabilities.publishImage ? [sampleImage(c, opts)] : [sampleVideo(c, opts)];
  }
  return draft;
}

/** Walks every page; fails on a cycle, a duplicate id or more than maxPages pages. */
export async function collectPages<T>(
  fetchPage: (cursor?: string) => Promise<Page<T>>,
  idOf: (item: T) => string,
  maxPages = 1000,
): Promise<T[]> {
  const items: T[] = [];
  const seen = new Set<string>();
  const cursors = new Set<string>();
  let cursor: string | undefined;
  for (let page = 0; ; page++) {
    expect(page, 'pagination did not terminate').toBeLessThan(maxPages);
    const result = await guard(fetchPage(cursor));
    expect(Array.isArray(result.items)).toBe(true);
    for (const item of result.items) {
      const id = idOf(item);
      expect(seen.has(id), `duplicate id ${id} across pages`).toBe(false);
      seen.add(id);
      items.push(item);
    }
    if (result.nextCursor === undefined) return items;
    expect(cursors.has(result.nextCursor), 'a cursor repeated').toBe(false);
    cursors.add(result.nextCursor);
    cursor = result.nextCursor;
  }
}

export const isCount = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
export const isValidDate = (v: unknown) => v instanceof Date && !Number.isNaN(v.getTime());
