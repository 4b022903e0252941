import type { Database } from '@resonance/db';
import { defineRoute, workspaceParams, type AnyRoute } from '@resonance/http';
import { invalidField, type Clock } from '@resonance/kernel';
import { getSource } from '../sources/source.service.js';
import { correctTimestamp } from './clock-skew.js';
import { checkEventSize, checkJsonValue } from './event-checks.js';
import type { IngestEvent } from './ingest.types.js';
import { insertEventsOnce } from './ingest.repository.js';
import { MAX_BATCH_BYTES, payloadTooLarge } from './limits.js';
import { nativeEventsBody, nativeEventsResponse, type NativeEventsBody } from './native.schema.js';

/** Our own schema: strict, all or nothing (ADR 0008) — the caller is a program that can fix and resend. */
export function toNativeEvents(body: NativeEventsBody, receivedAt: Date): IngestEvent[] {
  const sentAt = body.sentAt ? new Date(body.sentAt) : undefined;
  if (Buffer.byteLength(JSON.stringify(body.events), 'utf8') > MAX_BATCH_BYTES) throw payloadTooLarge('body.events', `is over ${MAX_BATCH_BYTES} bytes`);
  return body.events.map((e, i) => {
    const path = `body.events[${i}]`;
    checkEventSize(e, path);
    if (e.properties) checkJsonValue(e.properties, `${path}.properties`);
    const properties: Record<string, unknown> = { ...(e.properties ?? {}) };
    if (e.userId !== undefined) properties.$user_id = e.userId;
    if (e.anonymousId !== undefined) properties.$anonymous_id = e.anonymousId;
    if (e.timestamp !== undefined) properties.$original_timestamp = e.timestamp;
    return {
      name: e.name,
      messageId: e.messageId ?? null,
      occurredAt: correctTimestamp(e.timestamp ? new Date(e.timestamp) : undefined, sentAt, receivedAt),
      properties,
      platform: e.platform ?? null,
      fanId: e.fanId ?? null,
      accountId: e.accountId ?? null,
      publicationId: e.publicationId ?? null,
    };
  });
}

export function nativeRoutes(deps: { db: Database; clock: Clock }): AnyRoute[] {
  return [
    defineRoute({
      method: 'post',
      path: '/workspaces/{workspaceId}/events',
      access: 'events.write',
      summary: 'Send events (server to server, connectors): stored once per (source, messageId), all or nothing',
      tags: ['ingestion'],
      params: workspaceParams,
      body: nativeEventsBody,
      status: 200,
      audit: false,
      response: nativeEventsResponse,
      handler: async ({ params, body }) => {
        const receivedAt = deps.clock.now();
        const source = await getSource(deps.db, params.workspaceId, body.sourceId);
        if (source.revokedAt) throw invalidField('body.sourceId', 'is revoked');
        const events = toNativeEvents(body, receivedAt);
        const { inserted, duplicates } = await insertEventsOnce(deps.db, params.workspaceId, source.id, source.kind, receivedAt, events);
        return { accepted: inserted, duplicates };
      },
    }),
  ];
}
