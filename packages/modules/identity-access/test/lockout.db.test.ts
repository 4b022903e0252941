import { RateLimitedError } from '@resonance/kernel';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '../src/login.service.js';
import { MINUTE, makeUser, migrationsDir, newClock } from './fixtures.js';

describe.each(testDatabaseKinds())('sign-in lockout on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind, [migrationsDir]);
  });
  afterAll(async () => db?.close());

  const attempt = (clock: ReturnType<typeof newClock>, email: string, password: string, ip = '198.51.100.1') =>
    login(db, clock, { email, password, ip, userAgent: 'vitest' }).then(
      () => 'ok' as const,
      (e: { status: number; retryAfterSeconds?: number }) => e,
    );

  it('locks the e-mail for 15 minutes after 5 failures, even for the right password', async () => {
    const clock = newClock();
    const user = await makeUser(db, clock);
    for (let i = 0; i < 5; i++) {
      expect(await attempt(clock, user.email, 'wrong-password')).toMatchObject({ status: 401, code: 'invalid_credentials' });
      clock.advance(MINUTE);
    }
    const locked = await attempt(clock, user.email, 'password-123');
    expect(locked).toBeInstanceOf(RateLimitedError);
    expect(locked).toMatchObject({ status: 429, retryAfterSeconds: 14 * 60 }); // 5th failure at +4 min, now +5, locked until +19
    clock.advance(14 * MINUTE - 1000);
    expect(await attempt(clock, user.email, 'password-123')).toMatchObject({ status: 429, retryAfterSeconds: 1 });
    clock.advance(1000);
    expect(await attempt(clock, user.email, 'password-123')).toBe('ok');
  });

  it('a successful sign-in resets the e-mail counter', async () => {
    const clock = newClock();
    const user = await makeUser(db, clock);
    for (let i = 0; i < 4; i++) await attempt(clock, user.email, 'wrong-password');
    expect(await attempt(clock, user.email, 'password-123')).toBe('ok');
    for (let i = 0; i < 4; i++) expect(await attempt(clock, user.email, 'wrong-password')).toMatchObject({ status: 401 });
    expect(await attempt(clock, user.email, 'password-123')).toBe('ok');
  });

  it('answers unknown e-mails with the same 401 and locks them too', async () => {
    const clock = newClock();
    for (let i = 0; i < 5; i++) expect(await attempt(clock, 'ghost@example.com', 'whatever-pw')).toMatchObject({ status: 401, code: 'invalid_credentials' });
    expect(await attempt(clock, 'GHOST@example.com', 'whatever-pw')).toMatchObject({ status: 429 });
  });

  it('locks an IP after more than 30 failures within 15 minutes, across e-mails', async () => {
    const clock = newClock();
    const user = await makeUser(db, clock);
    const ip = '192.0.2.99';
    for (let i = 0; i < 30; i++) {
      expect(await attempt(clock, `spray${i}@example.com`, 'wrong-password', ip)).toMatchObject({ status: 401 });
      clock.advance(10_000);
    }
    expect(await attempt(clock, user.email, 'password-123', ip)).toBe('ok'); // 30 failures: not yet
    expect(await attempt(clock, 'spray-last@example.com', 'wrong-password', ip)).toMatchObject({ status: 401 });
    expect(await attempt(clock, user.email, 'password-123', ip)).toMatchObject({ status: 429, retryAfterSeconds: 15 * 60 });
    expect(await attempt(clock, user.email, 'password-123', '192.0.2.100')).toBe('ok'); // other IPs unaffected
  });
});
