import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSecretBox, parseSecretKeys } from './secret-box.js';

const k1 = { id: 'k1', key: randomBytes(32) };
const k2 = { id: 'k2', key: randomBytes(32) };
const ws = { workspaceId: 'ws_a', purpose: 'account.credentials' };

describe('secret box', () => {
  it('round-trips and never stores the plaintext', () => {
    const box = createSecretBox([k1]);
    const env = box.encrypt('app-secret-值', ws);
    expect(env.startsWith('v1.k1.')).toBe(true);
    expect(env).not.toContain('app-secret');
    expect(box.decrypt(env, ws)).toBe('app-secret-值');
  });

  it('binds the workspace and purpose: a copied value fails elsewhere', () => {
    const box = createSecretBox([k1]);
    const env = box.encrypt('token', ws);
    expect(() => box.decrypt(env, { ...ws, workspaceId: 'ws_b' })).toThrow(/does not belong/);
    expect(() => box.decrypt(env, { ...ws, purpose: 'fan.pii' })).toThrow(/does not belong/);
  });

  it('detects tampering', () => {
    const box = createSecretBox([k1]);
    const parts = box.encrypt('token', ws).split('.');
    const ct = Buffer.from(parts[3]!, 'base64url');
    ct[0] = ct[0]! ^ 1;
    parts[3] = ct.toString('base64url');
    expect(() => box.decrypt(parts.join('.'), ws)).toThrow();
  });

  it('rotates: new key encrypts, old key still decrypts', () => {
    const old = createSecretBox([k1]).encrypt('x', ws);
    const rotated = createSecretBox([k2, k1]);
    expect(rotated.decrypt(old, ws)).toBe('x');
    expect(rotated.keyIdOf(rotated.encrypt('y', ws))).toBe('k2');
    expect(() => createSecretBox([k2]).decrypt(old, ws)).toThrow(/not loaded/);
  });

  it('parses key lists and rejects short keys', () => {
    const b64 = k1.key.toString('base64');
    expect(parseSecretKeys(`a:${b64}, b:${b64}`).map((k) => k.id)).toEqual(['a', 'b']);
    expect(parseSecretKeys(b64)[0]!.id).toBe('k1');
    expect(() => createSecretBox([{ id: 'x', key: randomBytes(16) }])).toThrow(/32 bytes/);
  });
});
