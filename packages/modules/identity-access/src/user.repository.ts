import type { IdentityDb } from './identity-db.js';
import type { Locale, UsersTable } from './identity.schema.js';

/** Users are global (not workspace-owned): one account may belong to several workspaces. */
export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

export async function insertUser(q: IdentityDb, row: UsersTable): Promise<void> {
  await q.insertInto('users').values(row).execute();
}

export async function findUserRowById(q: IdentityDb, userId: string): Promise<UsersTable | undefined> {
  return q.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst();
}

export async function findUserRowByEmail(q: IdentityDb, email: string): Promise<UsersTable | undefined> {
  return q
    .selectFrom('users')
    .selectAll()
    .where((eb) => eb(eb.fn('lower', ['email']), '=', normalizeEmail(email)))
    .executeTakeFirst();
}

export async function updateUserProfile(q: IdentityDb, userId: string, patch: { name?: string; locale?: Locale }): Promise<void> {
  if (patch.name === undefined && patch.locale === undefined) return;
  await q.updateTable('users').set(patch).where('id', '=', userId).execute();
}

export async function setPasswordHash(q: IdentityDb, userId: string, passwordHash: string): Promise<void> {
  await q.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
}
