/** The event names the product itself emits. `appendEvents` takes lower_snake_case names; SDK ingestion stores names as sent (ADR 0008). */
export const CORE_EVENT_NAMES = [
  'impression',
  'like',
  'comment',
  'share',
  'save',
  'follow',
  'unfollow',
  'profile_visit',
  'link_click',
  'add_to_cart',
  'order',
  'video_view',
  'video_complete',
  'post_published',
] as const;
export type CoreEventName = (typeof CORE_EVENT_NAMES)[number];

/** One event to append. Ids of other modules (fan, account, publication) are plain strings. */
export interface NewEvent {
  name: string;
  occurredAt: Date;
  /** Where the event came from, e.g. `sandbox`, `seed`, a webhook or an import id. */
  sourceId: string;
  platform: string;
  /** The source's own id for the event; the same (source, message) is stored once. */
  messageId?: string | null;
  fanId?: string | null;
  accountId?: string | null;
  publicationId?: string | null;
  /** Default: the database's now() when the row is written. */
  receivedAt?: Date;
  properties?: Record<string, unknown> | null;
}

/** Columns `appendEvents` writes, in COPY order. */
export const EVENT_COLUMNS = [
  'workspace_id',
  'message_id',
  'source_id',
  'name',
  'fan_id',
  'platform',
  'account_id',
  'publication_id',
  'occurred_at',
  'received_at',
  'properties',
] as const;
