import type { Database } from '@resonance/db';
import { defineRoute, workspaceParams, type AnyRoute } from '@resonance/http';
import { invalidField, type Clock } from '@resonance/kernel';
import { getSource } from '../sources/source.service.js';
import { correctTimestamp } from './clock-skew.js';
import { checkEventSize, checkJsonValue } from './event-checks.js';
import type { EventIdentity, EventWho, IngestEvent } from './ingest.types.js';
import type { Ingestion } from './ingest.service.js';
import { MAX_BATCH_BYTES, payloadTooLarge } from './limits.js';
import { nativeEventsBody, nativeEventsResponse, type NativeEventsBody } from './native.schema.js';

function nativeWho(e: NativeEventsBody['events'][number]): EventWho | undefined {
  const identities: EventIdentity[] = [...(e.identities ?? [])];
  if (e.userId !== undefined) identities.push({ kind: 'external_id', value: e.userId });
  if (e.anonymousId !== undefined) identities.push({ kind: 'anonymous_id', value: e.anonymousId });
  return identities.length > 0 ? { identities, traits: e.traits } : undefined;
}

/** Our own schema: strict, all or nothing (ADR 0008) — the caller is a program that can fix and resend. */
export function toNativeEvents(body: NativeEventsBody, receivedAt: Date): IngestEvent[] {
  const sentAt = body.sentAt ? new Date(body.sentAt) : undefined;
  if (Buffer.byteLength(JSON.stringify(body.events), 'utf8') > MAX_BATCH_BYTES) throw payloadTooLarge('body.events', `is over ${MAX_BATCH_BYTES} bytes`);
  return body.events.map((e, i) => {
    const path = `body.events[${i}]`;
    checkEventSize(e, path);
    if (e.properties) checkJsonValue(e.properties, `${path}.properties`);
    if (e.traits) checkJsonValue(e.traits, `${path}.traits`);
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
      who: e.fanId ? undefined : nativeWho(e),
    };
  });
}

export function nativeRoutes(deps: { db: Database; clock: Clock; ingestion: Ingestion }): AnyRoute[] {
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
        return deps.ingestion.ingestValid({ workspaceId: params.workspaceId, sourceId: source.id, platform: source.kind }, events, receivedAt);
      },
    }),
  ];
}
