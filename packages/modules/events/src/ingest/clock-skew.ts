/**
 * Segment's clock-skew correction: the device clock may be wrong, but the offset between its
 * `timestamp` and its `sentAt` is right. So occurredAt = receivedAt − (sentAt − timestamp).
 * Without sentAt the timestamp is taken as is; without a timestamp the event happened when received.
 */
export function correctTimestamp(timestamp: Date | undefined, sentAt: Date | undefined, receivedAt: Date): Date {
  if (!timestamp) return receivedAt;
  if (!sentAt) return timestamp;
  return new Date(receivedAt.getTime() - (sentAt.getTime() - timestamp.getTime()));
}

const ISO_START = /^\d{4}-\d{2}-\d{2}/;

/** An ISO-8601 date string, or undefined when absent; `null` when present but not a date. */
export function parseIsoDate(value: unknown): Date | undefined | null {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || !ISO_START.test(value)) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}
