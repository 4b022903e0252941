import { AppError, ValidationError } from '@resonance/kernel';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createAuthPort, createUser, createWorkspace, findUserByEmail, getWorkspace, listMyWorkspaces, verifyPassword } from '../src/index.js';
import { deleteWorkspace, updateWorkspace } from '../src/workspace.service.js';
import { updateProfile } from '../src/user.service.js';
import { makeUser, migrationsDir, newClock } from './fixtures.js';

const rejection = async (p: Promise<unknown>) => p.then(() => null, (e: AppError) => e);

describe.each(testDatabaseKinds())('users and workspaces on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind, [migrationsDir]);
  });
  afterAll(async () => db?.close());

  it('creates a user with an argon2id hash and finds them by e-mail in any case', async () => {
    const clock = newClock();
    const user = await createUser(db, { email: '  Li.Wei@Example.COM ', name: '李伟', password: 'ten chars!!' }, clock);
    expect(user).toMatchObject({ id: expect.stringMatching(/^user_/), email: 'li.wei@example.com', name: '李伟', locale: 'zh-CN' });
    expect(await findUserByEmail(db, 'LI.WEI@example.com')).toEqual(user);
    expect(await findUserByEmail(db, 'nobody@example.com')).toBeNull();
    const [row] = await db.query<{ password_hash: string; created_at: Date }>('select password_hash, created_at from users where id = $1', [user.id]);
    expect(row!.password_hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(row!.password_hash, 'ten chars!!')).toBe(true);
    expect(row!.created_at.toISOString()).toBe(clock.now().toISOString());
  });

  it('refuses a second account for the same e-mail (409) and a short password naming body.password', async () => {
    await createUser(db, { email: 'dup@example.com', name: 'A', password: 'password-123' });
    const dup = await rejection(createUser(db, { email: 'DUP@example.com', name: 'B', password: 'password-123' }));
    expect(dup?.status).toBe(409);
    const short = await rejection(createUser(db, { email: 'short@example.com', name: 'C', password: 'nine char' }));
    expect(short).toBeInstanceOf(ValidationError);
    expect((short as ValidationError).fields[0]!.path).toBe('body.password');
    const badEmail = await rejection(createUser(db, { email: 'not-an-email', name: 'D', password: 'password-123' }));
    expect((badEmail as ValidationError).fields[0]!.path).toBe('body.email');
  });

  it('updates name and locale, returning before and after', async () => {
    const user = await makeUser(db);
    const { before, after } = await updateProfile(db, user.id, { locale: 'en' });
    expect(before.locale).toBe('zh-CN');
    expect(after).toEqual({ ...user, locale: 'en' });
    expect((await findUserByEmail(db, user.email))!.locale).toBe('en');
  });

  it('creates a workspace whose creator is its owner, defaulting to Asia/Shanghai', async () => {
    const owner = await makeUser(db);
    const ws = await createWorkspace(db, { name: 'Demo Brand 示例品牌', ownerUserId: owner.id });
    expect(ws).toMatchObject({ id: expect.stringMatching(/^ws_/), name: 'Demo Brand 示例品牌', timeZone: 'Asia/Shanghai' });
    expect(await listMyWorkspaces(db, owner.id)).toEqual([{ id: ws.id, name: ws.name, role: 'owner', timeZone: 'Asia/Shanghai' }]);
    const auth = createAuthPort(db, newClock());
    const principal = { kind: 'user', userId: owner.id, sessionId: 's', csrfToken: 'c', locale: 'zh-CN' } as const;
    expect(await auth.roleIn(principal, ws.id)).toBe('owner');
    const other = await makeUser(db);
    expect(await auth.roleIn({ ...principal, userId: other.id }, ws.id)).toBeNull();
    expect(await addMember(db, ws.id, other.id, 'analyst')).toBe(true);
    expect(await addMember(db, ws.id, other.id, 'admin')).toBe(false);
    expect(await auth.roleIn({ ...principal, userId: other.id }, ws.id)).toBe('analyst');
  });

  it('validates time zones and names on create and update', async () => {
    const owner = await makeUser(db);
    const bad = await rejection(createWorkspace(db, { name: 'X', ownerUserId: owner.id, timeZone: 'Mars/Olympus' }));
    expect((bad as ValidationError).fields[0]!.path).toBe('body.timeZone');
    const ws = await createWorkspace(db, { name: 'Tz', ownerUserId: owner.id, timeZone: 'Europe/Berlin' });
    const { before, after } = await updateWorkspace(db, ws.id, { timeZone: 'America/New_York', name: 'Tz 2' });
    expect(before).toMatchObject({ name: 'Tz', timeZone: 'Europe/Berlin' });
    expect(after).toMatchObject({ name: 'Tz 2', timeZone: 'America/New_York' });
    expect(await getWorkspace(db, ws.id)).toEqual(after);
    const empty = await rejection(updateWorkspace(db, ws.id, { name: '   ' }));
    expect((empty as ValidationError).fields[0]!.path).toBe('body.name');
    expect((await rejection(createWorkspace(db, { name: 'Y', ownerUserId: 'user_missing' })))?.status).toBe(404);
  });

  it('soft-deletes a workspace only with its exact name; afterwards it is gone for everyone', async () => {
    const clock = newClock();
    const owner = await makeUser(db);
    const ws = await createWorkspace(db, { name: 'Doomed', ownerUserId: owner.id });
    const wrong = await rejection(deleteWorkspace(db, clock, ws.id, 'doomed'));
    expect((wrong as ValidationError).fields[0]!.path).toBe('body.confirmName');
    await deleteWorkspace(db, clock, ws.id, 'Doomed');
    const auth = createAuthPort(db, clock);
    expect(await auth.roleIn({ kind: 'user', userId: owner.id, sessionId: 's', csrfToken: 'c', locale: 'en' }, ws.id)).toBeNull();
    expect(await listMyWorkspaces(db, owner.id)).toEqual([]);
    expect((await rejection(getWorkspace(db, ws.id)))?.status).toBe(404);
    expect((await rejection(deleteWorkspace(db, clock, ws.id, 'Doomed')))?.status).toBe(404);
  });
});
