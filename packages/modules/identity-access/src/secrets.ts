import { createHash } from 'node:crypto';
import { newSecret } from '@resonance/kernel';

/** Only hashes of bearer secrets (session tokens, invite codes, API tokens) are stored. */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

export const API_TOKEN_PREFIX = 'rsn_pat_';

/** A new personal access token: `rsn_pat_` + 256 random bits (base64url). */
export function newApiTokenSecret(): string {
  return API_TOKEN_PREFIX + newSecret(32);
}

/** What the UI shows to recognise a token without revealing it. */
export function displayPrefix(token: string): string {
  return token.slice(0, API_TOKEN_PREFIX.length + 6);
}

export const DAY_MS = 24 * 60 * 60 * 1000;
export const MINUTE_MS = 60 * 1000;
export const addMs = (d: Date, ms: number): Date => new Date(d.getTime() + ms);
