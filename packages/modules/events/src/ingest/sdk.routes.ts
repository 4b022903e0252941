import type { Database } from '@resonance/db';
import { defineRoute, type AnyRoute, type RouteContext } from '@resonance/http';
import type { Clock } from '@resonance/kernel';
import { z } from 'zod';
import type { WriteKeyCache } from '../sources/write-key-cache.js';
import type { ParsedPayload } from './ingest.types.js';
import type { Ingestion } from './ingest.service.js';
import { MAX_BATCH_BYTES } from './limits.js';
import { parsePosthogPayload } from './posthog.parser.js';
import { readSdkPayload } from './raw-body.js';
import { parseSegmentPayload, SEGMENT_TYPES, type SegmentType } from './segment.parser.js';
import { writeKeyFromHeader } from './write-key-header.js';

const rejectedDto = z.array(z.object({ index: z.number(), path: z.string(), message: z.string() }));
const segmentResponse = z.object({ success: z.boolean(), accepted: z.number(), duplicates: z.number(), rejected: rejectedDto });
const posthogResponse = z.object({ status: z.number(), accepted: z.number(), duplicates: z.number(), rejected: rejectedDto });

/** The Segment paths (`/v1/track`, short `/v1/t` …) and PostHog paths (with and without the trailing slash its SDKs use). */
const SEGMENT_PATHS: [string, SegmentType | 'batch'][] = [...SEGMENT_TYPES, 'batch' as const].flatMap((t) => [
  [`/v1/${t}`, t] as [string, SegmentType | 'batch'],
  [`/v1/${t[0]}`, t] as [string, SegmentType | 'batch'],
]);
const POSTHOG_PATHS = ['/capture', '/batch', '/e', '/i/v0/e'].flatMap((p) => [p, `${p}/`]);

/** Paths SDKs call at the host root (not under /api): the server mounts the ingestion routes there too. */
export const SDK_ROOT_PATHS: readonly string[] = [...SEGMENT_PATHS.map(([p]) => p), ...POSTHOG_PATHS];

export interface SdkRoutesDeps {
  db: Database;
  clock: Clock;
  ingestion: Ingestion;
  writeKeys: WriteKeyCache;
}

/** Reads, parses, authenticates by write key (header or body), stores: shared by Segment and PostHog. */
async function ingestSdkRequest(deps: SdkRoutesDeps, ctx: RouteContext<any, any, any>, parse: (body: unknown, receivedAt: Date) => ParsedPayload) {
  const c = ctx.raw;
  c.header('Access-Control-Allow-Origin', '*');
  const receivedAt = deps.clock.now();
  const payload = parse(await readSdkPayload(c.req.raw, MAX_BATCH_BYTES), receivedAt);
  const source = await deps.writeKeys.authenticate(writeKeyFromHeader(c.req.header('authorization')) ?? payload.bodyKey);
  return deps.ingestion.ingest({ workspaceId: source.workspaceId, sourceId: source.id, platform: source.kind }, payload.items, receivedAt);
}

/** Public routes (no session, no API token): the write key is the credential, checked by the handler (401 when wrong or revoked). */
export function sdkRoutes(deps: SdkRoutesDeps): AnyRoute[] {
  const segment = SEGMENT_PATHS.map(([path, type]) =>
    defineRoute({
      method: 'post',
      path,
      access: 'public',
      authenticate: false,
      summary: `Segment HTTP Tracking API: ${type} (write key as Basic \`key:\`, Bearer or body \`writeKey\`)`,
      tags: ['ingestion'],
      status: 200,
      audit: false,
      response: segmentResponse,
      handler: async (ctx) => ({ success: true, ...(await ingestSdkRequest(deps, ctx, (b, at) => parseSegmentPayload(b, type, at))) }),
    }),
  );
  const posthog = POSTHOG_PATHS.map((path) =>
    defineRoute({
      method: 'post',
      path,
      access: 'public',
      authenticate: false,
      summary: 'PostHog capture: one event, an array, or {api_key, batch, sent_at}; gzip or form data= accepted',
      tags: ['ingestion'],
      status: 200,
      audit: false,
      response: posthogResponse,
      handler: async (ctx) => ({ status: 1, ...(await ingestSdkRequest(deps, ctx, parsePosthogPayload)) }),
    }),
  );
  return [...segment, ...posthog];
}
