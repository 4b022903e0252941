import { describe, expect, it } from 'vitest';
import { REDACTED, isSensitiveKey, redactSecrets } from './redact.js';

describe('redactSecrets', () => {
  it('replaces secret-like keys at any depth, in arrays too', () => {
    const input = {
      name: 'WeChat',
      credentials: { appId: 'wx1', appSecret: 's3cr3t' },
      nested: [{ password: 'p' }, { accessToken: 't', refresh_token: 'r', encodingAESKey: 'k', apiKey: 'a' }],
    };
    expect(redactSecrets(input)).toEqual({
      name: 'WeChat',
      credentials: REDACTED,
      nested: [{ password: REDACTED }, { accessToken: REDACTED, refresh_token: REDACTED, encodingAESKey: REDACTED, apiKey: REDACTED }],
    });
  });

  it('keeps keys that only describe a secret', () => {
    for (const key of ['tokenId', 'credentialsKeyId', 'credentialFieldsSet', 'tokenExpiresAt', 'secretKeyId', 'role', 'name']) {
      expect(isSensitiveKey(key)).toBe(false);
    }
  });

  it('keeps null values (a cleared secret) and leaves scalars alone', () => {
    expect(redactSecrets({ password: null })).toEqual({ password: null });
    expect(redactSecrets('token')).toBe('token');
  });

  it('does not modify its input', () => {
    const input = { secret: 'x' };
    redactSecrets(input);
    expect(input.secret).toBe('x');
  });
});
