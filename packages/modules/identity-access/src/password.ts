import { hash, verify, type Algorithm, type Options } from '@node-rs/argon2';
import { invalidField } from '@resonance/kernel';

/**
 * argon2id with the OWASP Password Storage Cheat Sheet parameters:
 * m = 19456 KiB (19 MiB), t = 2 iterations, p = 1 lane; 16-byte random salt, 32-byte output.
 * (`algorithm: 2` is Argon2id; the package's enum is a const enum we cannot import under isolatedModules.)
 */
const ARGON2ID_OWASP: Options = {
  algorithm: 2 as Algorithm,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
  outputLen: 32,
};

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 1024;

/** The password rule: at least 10 characters (code points), at most 1024. Throws naming `field`. */
export function assertPasswordRule(password: string, field = 'body.password'): void {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) throw invalidField(field, `must be at least ${PASSWORD_MIN_LENGTH} characters`);
  if (length > PASSWORD_MAX_LENGTH) throw invalidField(field, `must be at most ${PASSWORD_MAX_LENGTH} characters`);
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID_OWASP);
}

/** False for a wrong password or a malformed hash (never throws on bad input). */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** Spends the same time as a real check, so unknown e-mails cannot be told apart by timing. */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword('resonance-dummy-password');
  await verifyPassword(await dummyHash, password);
  return false;
}
