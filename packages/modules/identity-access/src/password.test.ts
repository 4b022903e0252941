import { ValidationError } from '@resonance/kernel';
import { describe, expect, it } from 'vitest';
import { assertPasswordRule, hashPassword, verifyPassword } from './password.js';

describe('password rule', () => {
  it('rejects passwords shorter than 10 characters, naming the field', () => {
    let err: unknown;
    try {
      assertPasswordRule('123456789');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).fields).toEqual([{ path: 'body.password', message: 'must be at least 10 characters' }]);
    expect(() => assertPasswordRule('short', 'body.newPassword')).toThrow(/body\.newPassword/);
  });

  it('accepts 10 characters and counts Chinese characters as one each', () => {
    expect(() => assertPasswordRule('1234567890')).not.toThrow();
    expect(() => assertPasswordRule('密码密码密码密码密码')).not.toThrow();
    expect(() => assertPasswordRule('密码密码密码密码密')).toThrow(/at least 10/);
  });

  it('rejects absurdly long passwords', () => {
    expect(() => assertPasswordRule('x'.repeat(1025))).toThrow(/at most 1024/);
  });
});

describe('argon2id hashing', () => {
  it('hashes with the OWASP parameters and verifies only the right password', async () => {
    const h = await hashPassword('correct horse battery');
    expect(h).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(h, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(h, 'correct horse batterY')).toBe(false);
    expect(await verifyPassword('not-a-hash', 'whatever')).toBe(false);
  });
});
