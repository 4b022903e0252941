import { invalidField } from '@resonance/kernel';
import { correctTimestamp, parseIsoDate } from './clock-skew.js';
import { checkJsonValue, optionalObject, optionalText, requireName, requireObject, requireText } from './event-checks.js';
import { segmentWho } from './event-who.js';
import type { IngestEvent, ParsedPayload } from './ingest.types.js';
import { parseEach } from './parse-batch.js';

export const SEGMENT_TYPES = ['track', 'identify', 'page', 'screen', 'group', 'alias'] as const;
export type SegmentType = (typeof SEGMENT_TYPES)[number];

/** Stored names of the non-track calls; `$identify`/`$create_alias` match PostHog's so identity resolution reads one vocabulary. */
const NAME_OF: Record<Exclude<SegmentType, 'track'>, string> = {
  identify: '$identify',
  page: '$page',
  screen: '$screen',
  group: '$group',
  alias: '$create_alias',
};

function date(value: unknown, path: string): Date | undefined {
  const d = parseIsoDate(value);
  if (d === null) throw invalidField(path, 'must be an ISO-8601 date');
  return d;
}

/**
 * One Segment message → an event. Envelope fields are kept under `$`-prefixed property keys
 * (written after the message's own properties, so they cannot be spoofed): `$type`, `$user_id`,
 * `$anonymous_id`, `$traits`, `$group_id`, `$previous_id`, `$name`, `$category`, `$context`,
 * `$integrations`, `$original_timestamp` (the client's timestamp as sent) and `$sent_at`.
 */
export function parseSegmentMessage(raw: unknown, path: string, fixedType: SegmentType | null, batchSentAt: Date | undefined, receivedAt: Date): IngestEvent {
  const m = requireObject(raw, path);
  const type = (fixedType ?? m.type) as SegmentType;
  if (!SEGMENT_TYPES.includes(type)) throw invalidField(`${path}.type`, `must be one of ${SEGMENT_TYPES.join(', ')}`);
  const userId = optionalText(m.userId, `${path}.userId`);
  const anonymousId = optionalText(m.anonymousId, `${path}.anonymousId`);
  if (userId === undefined && anonymousId === undefined) throw invalidField(`${path}.userId`, 'userId or anonymousId is required');
  const messageId = optionalText(m.messageId, `${path}.messageId`) ?? null;
  const timestamp = date(m.timestamp ?? m.originalTimestamp, `${path}.timestamp`);
  const sentAt = date(m.sentAt, `${path}.sentAt`) ?? batchSentAt;
  const properties = optionalObject(m.properties, `${path}.properties`);
  const traits = optionalObject(m.traits, `${path}.traits`);
  const context = optionalObject(m.context, `${path}.context`);
  const integrations = optionalObject(m.integrations, `${path}.integrations`);
  for (const [k, v] of [['properties', properties], ['traits', traits], ['context', context], ['integrations', integrations]] as const) {
    if (v) checkJsonValue(v, `${path}.${k}`);
  }
  const name = type === 'track' ? requireName(m.event, `${path}.event`) : NAME_OF[type];
  const groupId = type === 'group' ? requireText(m.groupId, `${path}.groupId`) : undefined;
  const previousId = type === 'alias' ? requireText(m.previousId, `${path}.previousId`) : undefined;
  if (type === 'alias' && userId === undefined) throw invalidField(`${path}.userId`, 'is required for alias');
  const pageName = type === 'page' || type === 'screen' ? optionalText(m.name, `${path}.name`) : undefined;
  const category = type === 'page' ? optionalText(m.category, `${path}.category`) : undefined;
  const envelope: Record<string, unknown> = {
    $type: type,
    $user_id: userId,
    $anonymous_id: anonymousId,
    $traits: traits,
    $group_id: groupId,
    $previous_id: previousId,
    $name: pageName,
    $category: category,
    $context: context,
    $integrations: integrations,
    $original_timestamp: typeof m.timestamp === 'string' ? m.timestamp : m.originalTimestamp,
    $sent_at: sentAt?.toISOString(),
  };
  const props: Record<string, unknown> = { ...(properties ?? {}) };
  for (const [k, v] of Object.entries(envelope)) if (v !== undefined) props[k] = v;
  const who = segmentWho(type, userId, anonymousId, previousId, traits);
  return { name, messageId, occurredAt: correctTimestamp(timestamp, sentAt, receivedAt), properties: props, who };
}

/** A Segment request body: one message (`/v1/track` …) or `{batch: [...], sentAt, writeKey}` (`/v1/batch`). */
export function parseSegmentPayload(body: unknown, fixedType: SegmentType | 'batch', receivedAt: Date): ParsedPayload {
  const b = requireObject(body, 'body');
  const bodyKey = typeof b.writeKey === 'string' ? b.writeKey : undefined;
  if (fixedType !== 'batch') {
    return { bodyKey, items: parseEach([b], () => 'body', (m, path) => parseSegmentMessage(m, path, fixedType, undefined, receivedAt)) };
  }
  if (!Array.isArray(b.batch)) throw invalidField('batch', 'must be an array of messages');
  if (b.batch.length === 0) throw invalidField('batch', 'must contain at least one message');
  const sentAt = date(b.sentAt, 'sentAt');
  // Batch-level `context` and `integrations` apply to every message; the message's own keys win.
  const shared = { context: optionalObject(b.context, 'context'), integrations: optionalObject(b.integrations, 'integrations') };
  const withShared = (m: unknown): unknown => {
    if (!m || typeof m !== 'object' || Array.isArray(m)) return m;
    const msg = { ...(m as Record<string, unknown>) };
    for (const k of ['context', 'integrations'] as const) {
      const own = msg[k];
      if (shared[k] && (own === undefined || own === null)) msg[k] = shared[k];
      else if (shared[k] && typeof own === 'object' && !Array.isArray(own)) msg[k] = { ...shared[k], ...(own as object) };
    }
    return msg;
  };
  return { bodyKey, items: parseEach(b.batch.map(withShared), (i) => `batch[${i}]`, (m, path) => parseSegmentMessage(m, path, null, sentAt, receivedAt)) };
}
