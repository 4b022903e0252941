import { describe, expect, it } from 'vitest';
import { normalizeIdentityValue, piiLookupHash } from './pii.js';

describe('PII normalisation and lookup hash', () => {
  it('normalises e-mail case and phone punctuation', () => {
    expect(normalizeIdentityValue('email', '  Li.Lei@Example.COM ', 'v')).toBe('li.lei@example.com');
    expect(normalizeIdentityValue('phone', '+86 138-0013-8000', 'v')).toBe('+8613800138000');
    expect(normalizeIdentityValue('platform_user', ' U1 ', 'v')).toBe('U1');
  });

  it('rejects malformed values naming the field', () => {
    expect(() => normalizeIdentityValue('email', 'not-an-email', 'fans[0].identities[1].value')).toThrow('fans[0].identities[1].value');
    expect(() => normalizeIdentityValue('phone', '12ab', 'x')).toThrow('x: is not a phone number');
    expect(() => normalizeIdentityValue('unionid', '   ', 'y')).toThrow('y');
  });

  it('hash depends on salt, kind and value', () => {
    const h = piiLookupHash('salt-a', 'email', 'a@b.co');
    expect(h).toMatch(/^h1:[0-9a-f]{64}$/);
    expect(piiLookupHash('salt-a', 'email', 'a@b.co')).toBe(h);
    expect(piiLookupHash('salt-b', 'email', 'a@b.co')).not.toBe(h);
    expect(piiLookupHash('salt-a', 'phone', 'a@b.co')).not.toBe(h);
  });
});
