import type { AppError } from '@resonance/kernel';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthPort } from '../src/auth-port.js';
import { login } from '../src/login.service.js';
import { revokeSession, revokeUserSessions } from '../src/session.service.js';
import { changePassword } from '../src/user.service.js';
import { pruneAuthRecords } from '../src/jobs/prune-auth-records.job.js';
import { DAY, MINUTE, makeUser, migrationsDir, newClock } from './fixtures.js';

const signIn = (db: TestDatabase, clock: ReturnType<typeof newClock>, email: string, password = 'password-123') =>
  login(db, clock, { email, password, ip: '203.0.113.7', userAgent: 'vitest' });

describe.each(testDatabaseKinds())('sessions on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind, [migrationsDir]);
  });
  afterAll(async () => db?.close());

  it('authenticates the session cookie and stores only its hash', async () => {
    const clock = newClock();
    const user = await makeUser(db, clock);
    const { session, user: signedIn } = await signIn(db, clock, user.email.toUpperCase());
    expect(signedIn).toEqual(user);
    const auth = createAuthPort(db, clock);
    expect(await auth.authenticate({ sessionToken: session.token })).toEqual({
      kind: 'user',
      userId: user.id,
      sessionId: session.sessionId,
      csrfToken: session.csrfToken,
      locale: 'zh-CN',
    });
    const [row] = await db.query<{ token_hash: string }>('select token_hash from sessions where id = $1', [session.sessionId]);
    expect(row!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row!.token_hash).not.toContain(session.token);
    expect(await auth.authenticate({ sessionToken: session.token + 'x' })).toEqual({ kind: 'anonymous' });
    expect(await auth.authenticate({})).toEqual({ kind: 'anonymous' });
  });

  it('expires after 7 idle days, slides while used, and ends 30 days after sign-in regardless', async () => {
    const clock = newClock();
    const user = await makeUser(db, clock);
    const auth = createAuthPort(db, clock);
    const idle = (await signIn(db, clock, user.email)).session;
    const busy = (await signIn(db, clock, user.email)).session;
    for (let day = 1; day <= 29; day++) {
      clock.advance(DAY);
      expect((await auth.authenticate({ sessionToken: busy.token })).kind).toBe('user');
    }
    expect((await auth.authenticate({ sessionToken: idle.token })).kind).toBe('anonymous');
    clock.advance(DAY - 1);
    expect((await auth.authenticate({ sessionToken: busy.token })).kind).toBe('user');
    clock.advance(1); // exactly 30 days after sign-in
    expect((await auth.authenticate({ sessionToken: busy.token })).kind).toBe('anonymous');
  });

  it('ends a session exactly 7 days after it was last seen', async () => {
    const clock = newClock();
    const user = await makeUser(db, clock);
    const auth = createAuthPort(db, clock);
    const { session } = await signIn(db, clock, user.email);
    clock.advance(7 * DAY - 1);
    expect((await auth.authenticate({ sessionToken: session.token })).kind).toBe('user');
    clock.advance(7 * DAY - 1);
    expect((await auth.authenticate({ sessionToken: session.token })).kind).toBe('user');
    clock.advance(7 * DAY);
    expect((await auth.authenticate({ sessionToken: session.token })).kind).toBe('anonymous');
  });

  it('writes last_seen_at at most once a minute', async () => {
    const clock = newClock();
    const user = await makeUser(db, clock);
    const auth = createAuthPort(db, clock);
    const { session } = await signIn(db, clock, user.email);
    const lastSeen = async () =>
      (await db.query<{ last_seen_at: Date }>('select last_seen_at from sessions where id = $1', [session.sessionId]))[0]!.last_seen_at.getTime();
    const start = clock.now().getTime();
    clock.advance(59_000);
    await auth.authenticate({ sessionToken: session.token });
    expect(await lastSeen()).toBe(start);
    clock.advance(1_000);
    await auth.authenticate({ sessionToken: session.token });
    expect(await lastSeen()).toBe(start + MINUTE);
  });

  it('revokes one session, or all of a user, or all but the one that changed the password', async () => {
    const clock = newClock();
    const user = await makeUser(db, clock);
    const other = await makeUser(db, clock);
    const auth = createAuthPort(db, clock);
    const a = (await signIn(db, clock, user.email)).session;
    const b = (await signIn(db, clock, user.email)).session;
    const c = (await signIn(db, clock, user.email)).session;
    const o = (await signIn(db, clock, other.email)).session;
    expect(await revokeSession(db, clock, other.id, a.sessionId)).toBe(false); // not theirs
    expect(await revokeSession(db, clock, user.id, a.sessionId)).toBe(true);
    expect((await auth.authenticate({ sessionToken: a.token })).kind).toBe('anonymous');
    expect((await auth.authenticate({ sessionToken: b.token })).kind).toBe('user');

    expect(await changePassword(db, clock, { userId: user.id, keepSessionId: b.sessionId, currentPassword: 'password-123', newPassword: 'a-new-password' })).toEqual({
      revokedSessions: 1,
    });
    expect((await auth.authenticate({ sessionToken: b.token })).kind).toBe('user');
    expect((await auth.authenticate({ sessionToken: c.token })).kind).toBe('anonymous');
    await expect(signIn(db, clock, user.email)).rejects.toMatchObject({ status: 401 });
    const d = (await signIn(db, clock, user.email, 'a-new-password')).session;

    expect(await revokeUserSessions(db, clock, user.id)).toBe(2);
    for (const s of [b, d]) expect((await auth.authenticate({ sessionToken: s.token })).kind).toBe('anonymous');
    expect((await auth.authenticate({ sessionToken: o.token })).kind).toBe('user');
  });

  it('rejects a wrong current password or a weak new one, naming the field', async () => {
    const clock = newClock();
    const user = await makeUser(db, clock);
    const wrong = await changePassword(db, clock, { userId: user.id, keepSessionId: null, currentPassword: 'nope-nope-nope', newPassword: 'long-enough-pw' }).catch((e: AppError) => e);
    expect(wrong).toMatchObject({ status: 400, details: { fields: [{ path: 'body.currentPassword' }] } });
    const weak = await changePassword(db, clock, { userId: user.id, keepSessionId: null, currentPassword: 'password-123', newPassword: 'short' }).catch((e: AppError) => e);
    expect(weak).toMatchObject({ status: 400, details: { fields: [{ path: 'body.newPassword' }] } });
  });

  it('ignores sessions of a disabled user, and prunes dead sessions', async () => {
    const clock = newClock();
    const user = await makeUser(db, clock);
    const auth = createAuthPort(db, clock);
    const { session } = await signIn(db, clock, user.email);
    await db.query('update users set disabled_at = $2 where id = $1', [user.id, clock.now()]);
    expect((await auth.authenticate({ sessionToken: session.token })).kind).toBe('anonymous');
    await expect(signIn(db, clock, user.email)).rejects.toMatchObject({ code: 'invalid_credentials' });
    clock.advance(8 * DAY);
    const pruned = await pruneAuthRecords({ db, clock });
    expect(pruned.sessions).toBeGreaterThanOrEqual(1);
    expect(await db.query('select id from sessions where id = $1', [session.sessionId])).toEqual([]);
  });
});
