import { ValidationError } from '@resonance/kernel';
import type { AssetKind } from './media/sniff-mime.js';

const MB = 1024 * 1024;

/** Largest accepted upload per kind, and for a video's poster frame. Documented in the README. */
export const UPLOAD_LIMITS = { image: 20 * MB, video: 100 * MB, poster: 2 * MB } as const;

/** The largest multipart request the upload route reads (a video, its poster and the form overhead). */
export const MAX_UPLOAD_REQUEST_BYTES = UPLOAD_LIMITS.video + UPLOAD_LIMITS.poster + MB;

/** 413 that names the oversized field, like a 400 does. */
export class FieldTooLargeError extends ValidationError {
  override readonly code = 'payload_too_large';
  override readonly status = 413;
  constructor(field: string, message: string) {
    super([{ path: field, message }], `${field}: ${message}`);
  }
}

export const mb = (bytes: number) => `${Math.round((bytes / MB) * 10) / 10} MB`;

export function assertSize(field: 'file' | 'poster', kind: AssetKind | 'poster', bytes: number): void {
  const limit = UPLOAD_LIMITS[kind];
  if (bytes > limit) throw new FieldTooLargeError(field, `${kind} is ${mb(bytes)}; the limit is ${mb(limit)}`);
}
