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
}

/** An event of a batch that was not stored, by its index in the batch and the offending field. */
export interface Rejection {
  index: number;
  path: string;
  message: string;
}

export type ParsedItem = { ok: true; event: IngestEvent } | { ok: false; rejection: Rejection };

export interface ParsedPayload {
  /** The write key found in the body (Segment `writeKey`, PostHog `api_key`/`token`), if any. */
  bodyKey?: string;
  items: ParsedItem[];
}
