import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'; // Crockford base32, lower case

/** Time-sortable prefixed id, e.g. `ws_01k3…`: 10 chars of milliseconds + 16 random chars. */
export function newId(prefix: string, now: number = Date.now()): string {
  let time = '';
  let t = now;
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[t % 32] + time;
    t = Math.floor(t / 32);
  }
  const bytes = randomBytes(16);
  let rand = '';
  for (const b of bytes) rand += ALPHABET[b % 32];
  return `${prefix}_${time}${rand}`;
}

/** Random URL-safe secret (for tokens, invite codes). */
export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}
