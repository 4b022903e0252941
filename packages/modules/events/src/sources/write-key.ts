import { createHash } from 'node:crypto';
import { newSecret } from '@resonance/kernel';

/** Write keys look like `wk_<43 url-safe chars>`; the prefix makes a leaked key recognisable in logs and scanners. */
export const WRITE_KEY_PREFIX = 'wk_';

export function newWriteKey(): string {
  return WRITE_KEY_PREFIX + newSecret(32);
}

export function hashWriteKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** What the UI shows to tell keys apart: `wk_AbCd1234…`. */
export function writeKeyDisplayPrefix(key: string): string {
  return key.slice(0, WRITE_KEY_PREFIX.length + 8);
}
