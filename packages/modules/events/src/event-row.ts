import { invalidField } from '@resonance/kernel';
import type { NewEvent } from './event.types.js';

const NAME = /^[a-z][a-z0-9_]{0,63}$/;
const SOURCE = /^[A-Za-z0-9_.:-]{1,128}$/;

/** Names and sources already seen valid: bulk loads repeat a handful of them millions of times. */
const validNames = new Set<string>();
const validSources = new Set<string>();

/**
 * Validates one event and turns it into a COPY row: EVENT_COLUMNS, without `received_at` when
 * `receivedFallback` is null (the column default applies), else with the event's receivedAt or the
 * fallback. `at` names the field in errors.
 */
export function toEventRow(workspaceId: string, e: NewEvent, receivedFallback: Date | null, at: string): unknown[] {
  if (!validNames.has(e.name)) {
    if (typeof e.name !== 'string' || !NAME.test(e.name)) throw invalidField(`${at}.name`, 'must be lower_snake_case, at most 64 characters');
    if (validNames.size < 1000) validNames.add(e.name);
  }
  if (!validSources.has(e.sourceId)) {
    if (typeof e.sourceId !== 'string' || !SOURCE.test(e.sourceId)) throw invalidField(`${at}.sourceId`, 'must be 1–128 characters of A-Z a-z 0-9 _ . : -');
    if (validSources.size < 1000) validSources.add(e.sourceId);
  }
  if (typeof e.platform !== 'string' || e.platform.length === 0) throw invalidField(`${at}.platform`, 'is required');
  if (!(e.occurredAt instanceof Date) || Number.isNaN(e.occurredAt.getTime())) throw invalidField(`${at}.occurredAt`, 'must be a valid date');
  if (e.messageId !== undefined && e.messageId !== null && (typeof e.messageId !== 'string' || e.messageId.length === 0 || e.messageId.length > 200)) {
    throw invalidField(`${at}.messageId`, 'must be 1–200 characters');
  }
  if (e.receivedAt !== undefined && !(e.receivedAt instanceof Date && !Number.isNaN(e.receivedAt.getTime()))) {
    throw invalidField(`${at}.receivedAt`, 'must be a valid date');
  }
  let props: Record<string, unknown> | null = null;
  if (e.properties) for (const _ in e.properties) {
    props = e.properties;
    break;
  }
  const row: unknown[] = [
    workspaceId,
    e.messageId ?? null,
    e.sourceId,
    e.name,
    e.fanId ?? null,
    e.platform,
    e.accountId ?? null,
    e.publicationId ?? null,
    e.occurredAt,
  ];
  if (receivedFallback) row.push(e.receivedAt ?? receivedFallback);
  row.push(props);
  return row;
}
