import { invalidField } from '@resonance/kernel';
import { correctTimestamp, parseIsoDate } from './clock-skew.js';
import { checkJsonValue, optionalObject, optionalText, requireName, requireObject } from './event-checks.js';
import { posthogWho } from './event-who.js';
import type { IngestEvent, ParsedPayload } from './ingest.types.js';
import { parseEach } from './parse-batch.js';

function date(value: unknown, path: string): Date | undefined {
  const d = parseIsoDate(value);
  if (d === null) throw invalidField(path, 'must be an ISO-8601 date');
  return d;
}

/**
 * One PostHog event → an event, named as sent (`$identify`, `$create_alias`, `$pageview`, custom…).
 * Its properties are kept whole (with `$set`, `$set_once`, `$anon_distinct_id`, `alias`, `$lib` …);
 * added: `$distinct_id`, top-level `$set`/`$set_once` when sent there, `$original_timestamp`, `$sent_at`.
 * Time: timestamp corrected by receivedAt − sent_at; or receivedAt − `offset` ms; else receivedAt.
 */
export function parsePosthogEvent(raw: unknown, path: string, batchSentAt: Date | undefined, receivedAt: Date): IngestEvent {
  const e = requireObject(raw, path);
  const name = requireName(e.event, `${path}.event`);
  const properties = optionalObject(e.properties, `${path}.properties`) ?? {};
  const distinctId = optionalText(e.distinct_id ?? properties.distinct_id ?? properties.$distinct_id, `${path}.distinct_id`);
  if (distinctId === undefined) throw invalidField(`${path}.distinct_id`, 'is required');
  const messageId = optionalText(e.uuid, `${path}.uuid`) ?? null;
  const timestamp = date(e.timestamp, `${path}.timestamp`);
  const sentAt = date(e.sent_at, `${path}.sent_at`) ?? batchSentAt;
  const set = optionalObject(e.$set, `${path}.$set`);
  const setOnce = optionalObject(e.$set_once, `${path}.$set_once`);
  if (e.offset !== undefined && (typeof e.offset !== 'number' || !Number.isFinite(e.offset) || e.offset < 0)) {
    throw invalidField(`${path}.offset`, 'must be a non-negative number of milliseconds');
  }
  checkJsonValue(properties, `${path}.properties`);
  if (set) checkJsonValue(set, `${path}.$set`);
  if (setOnce) checkJsonValue(setOnce, `${path}.$set_once`);
  const props: Record<string, unknown> = { ...properties, $distinct_id: distinctId };
  if (set) props.$set = { ...((properties.$set as object | undefined) ?? {}), ...set };
  if (setOnce) props.$set_once = { ...((properties.$set_once as object | undefined) ?? {}), ...setOnce };
  if (typeof e.timestamp === 'string') props.$original_timestamp = e.timestamp;
  if (sentAt) props.$sent_at = sentAt.toISOString();
  const occurredAt =
    timestamp === undefined && typeof e.offset === 'number' ? new Date(receivedAt.getTime() - e.offset) : correctTimestamp(timestamp, sentAt, receivedAt);
  const who = posthogWho(name, distinctId, props);
  // An anonymous visitor's events wait under `$anonymous_id` until an identify names them.
  if (who.identities[0]!.kind === 'anonymous_id') props.$anonymous_id = distinctId;
  return { name, messageId, occurredAt, properties: props, who };
}

/** A PostHog body: one event, an array of events, or `{api_key, batch, sent_at}`. The key may also be `api_key`/`token` on events. */
export function parsePosthogPayload(body: unknown, receivedAt: Date): ParsedPayload {
  let events: unknown[];
  let sentAt: Date | undefined;
  let bodyKey: string | undefined;
  const keyOf = (o: unknown): string | undefined => {
    if (!o || typeof o !== 'object') return undefined;
    const r = o as Record<string, unknown>;
    const props = r.properties as Record<string, unknown> | undefined;
    const k = r.api_key ?? r.token ?? (props && typeof props === 'object' ? props.token : undefined);
    return typeof k === 'string' && k ? k : undefined;
  };
  if (Array.isArray(body)) {
    events = body;
  } else {
    const b = requireObject(body, 'body');
    bodyKey = keyOf(b);
    sentAt = date(b.sent_at, 'sent_at');
    if (b.batch !== undefined) {
      if (!Array.isArray(b.batch)) throw invalidField('batch', 'must be an array of events');
      events = b.batch;
    } else if (b.data !== undefined) {
      events = Array.isArray(b.data) ? b.data : [b.data];
    } else {
      events = [b];
    }
  }
  if (events.length === 0) throw invalidField('batch', 'must contain at least one event');
  bodyKey ??= keyOf(events[0]);
  return { bodyKey, items: parseEach(events, (i) => `batch[${i}]`, (m, path) => parsePosthogEvent(m, path, sentAt, receivedAt)) };
}
