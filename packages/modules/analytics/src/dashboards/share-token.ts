import { createHash } from 'node:crypto';
import { newSecret } from '@resonance/kernel';

/** Share tokens look like `shr_<43 url-safe chars>` (256 random bits). */
export const SHARE_TOKEN_PREFIX = 'shr_';

export const newShareToken = (): string => SHARE_TOKEN_PREFIX + newSecret(32);

/** What is stored and looked up: the token's sha256 (hex). */
export const hashShareToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** What the UI shows to tell links apart: `shr_AbCd1234`. */
export const shareTokenDisplayPrefix = (token: string): string => token.slice(0, SHARE_TOKEN_PREFIX.length + 8);
