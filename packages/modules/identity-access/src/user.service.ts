import { conflict, invalidField, newId, notFound, systemClock, type Clock } from '@resonance/kernel';
import type { Database } from '@resonance/db';
import { isUniqueViolation } from './db-errors.js';
import { identityDb, type IdentityDb } from './identity-db.js';
import type { Locale } from './identity.schema.js';
import { assertPasswordRule, hashPassword, verifyPassword } from './password.js';
import { emailField, localeField, nameField, parseField, toUser, type User } from './user.dto.js';
import { findUserRowByEmail, findUserRowById, insertUser, setPasswordHash, updateUserProfile } from './user.repository.js';
import { revokeUserSessions } from './session.service.js';

export interface NewUser {
  email: string;
  name: string;
  password: string;
  locale?: Locale;
}

/** Validates and inserts a user (inside `q`, which may be a transaction). E-mail taken → 409. */
export async function insertNewUser(q: IdentityDb, input: NewUser, clock: Clock): Promise<User> {
  const email = parseField(emailField, input.email, 'body.email');
  const name = parseField(nameField, input.name, 'body.name');
  const locale = parseField(localeField, input.locale ?? 'zh-CN', 'body.locale');
  assertPasswordRule(input.password, 'body.password');
  if (await findUserRowByEmail(q, email)) throw conflict('An account with this e-mail already exists', { field: 'body.email' });
  const row = {
    id: newId('user', clock.now().getTime()),
    email,
    name,
    password_hash: await hashPassword(input.password),
    locale,
    created_at: clock.now(),
    disabled_at: null,
  };
  try {
    await insertUser(q, row);
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('An account with this e-mail already exists', { field: 'body.email' });
    throw err;
  }
  return toUser(row);
}

export function createUser(db: Database, input: NewUser, clock: Clock = systemClock): Promise<User> {
  return insertNewUser(identityDb(db), input, clock);
}

export async function findUserByEmail(db: Database, email: string): Promise<User | null> {
  const row = await findUserRowByEmail(identityDb(db), email);
  return row ? toUser(row) : null;
}

export async function getUser(db: Database, userId: string): Promise<User | null> {
  const row = await findUserRowById(identityDb(db), userId);
  return row ? toUser(row) : null;
}

/** Changes name and/or locale; returns the user before and after (for the audit entry). */
export async function updateProfile(db: Database, userId: string, patch: { name?: string; locale?: Locale }): Promise<{ before: User; after: User }> {
  const q = identityDb(db);
  const row = await findUserRowById(q, userId);
  if (!row) throw notFound('user');
  const name = patch.name === undefined ? undefined : parseField(nameField, patch.name, 'body.name');
  const locale = patch.locale === undefined ? undefined : parseField(localeField, patch.locale, 'body.locale');
  await updateUserProfile(q, userId, { name, locale });
  const before = toUser(row);
  return { before, after: { ...before, ...(name !== undefined ? { name } : {}), ...(locale !== undefined ? { locale } : {}) } };
}

/** Checks the current password, sets the new one and signs out every other session of the user. */
export async function changePassword(
  db: Database,
  clock: Clock,
  input: { userId: string; keepSessionId: string | null; currentPassword: string; newPassword: string },
): Promise<{ revokedSessions: number }> {
  const q = identityDb(db);
  const row = await findUserRowById(q, input.userId);
  if (!row || !(await verifyPassword(row.password_hash, input.currentPassword))) {
    throw invalidField('body.currentPassword', 'is not your current password');
  }
  assertPasswordRule(input.newPassword, 'body.newPassword');
  await setPasswordHash(q, input.userId, await hashPassword(input.newPassword));
  return { revokedSessions: await revokeUserSessions(db, clock, input.userId, input.keepSessionId) };
}
