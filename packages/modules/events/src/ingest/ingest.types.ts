/** An identifier an event carries (the fans module's vocabulary; see its README "Identity rules"). */
export interface EventIdentity {
  kind: 'platform_user' | 'unionid' | 'email' | 'phone' | 'external_id' | 'anonymous_id';
  /** Account id (platform_user) or open-platform/app id (unionid); empty for the other kinds. */
  namespace?: string;
  value: unknown;
}

/** Who an event is about: resolved to a fan at ingestion (unless the event names its `fanId`). */
export interface EventWho {
  identities: EventIdentity[];
  traits?: { $set?: Record<string, unknown>; $set_once?: Record<string, unknown> };
}

/** One SDK event, parsed and normalised, ready for the store (the source and workspace come from the write key). */
export interface IngestEvent {
  name: string;
  /** Segment messageId, PostHog uuid or the native messageId; null only when the sender gave none (then not deduplicated). */
  messageId: string | null;
  /** The client's timestamp corrected for clock skew (receivedAt − sentAt). */
  occurredAt: Date;
  properties: Record<string, unknown> | null;
  platform?: string | null;
  fanId?: string | null;
  accountId?: string | null;
  publicationId?: string | null;
  who?: EventWho;
}

/** An event of a batch that was not stored, by its index in the batch and the offending field. */
export interface Rejection {
  index: number;
  path: string;
  message: string;
}

/** A parsed message; a rejected one keeps a short excerpt of what was sent, for the source's debugger. */
export type ParsedItem = { ok: true; event: IngestEvent } | { ok: false; rejection: Rejection; excerpt: string };

export interface ParsedPayload {
  /** The write key found in the body (Segment `writeKey`, PostHog `api_key`/`token`), if any. */
  bodyKey?: string;
  items: ParsedItem[];
}
