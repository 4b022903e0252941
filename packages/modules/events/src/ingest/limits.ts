import { AppError } from '@resonance/kernel';

/** Segment's documented limits, applied to every SDK endpoint: one event ≤ 32 KB, one request ≤ 500 KB (after decompression). */
export const MAX_EVENT_BYTES = 32 * 1024;
export const MAX_BATCH_BYTES = 500 * 1024;
/** Nesting depth of properties/traits/context; deeper payloads are rejected naming the path. */
export const MAX_DEPTH = 32;
/** Event names, ids and message ids. */
export const MAX_NAME_CHARS = 200;

export const payloadTooLarge = (path: string, message: string) =>
  new AppError('payload_too_large', `${path}: ${message}`, 413, { fields: [{ path, message }] });
