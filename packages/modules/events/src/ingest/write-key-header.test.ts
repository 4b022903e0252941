import { describe, expect, it } from 'vitest';
import { writeKeyFromHeader } from './write-key-header.js';

describe('write key from Authorization', () => {
  it('reads Basic key: and Bearer', () => {
    expect(writeKeyFromHeader(`Basic ${Buffer.from('wk_abc:').toString('base64')}`)).toBe('wk_abc');
    expect(writeKeyFromHeader(`basic ${Buffer.from('wk_abc').toString('base64')}`)).toBe('wk_abc');
    expect(writeKeyFromHeader('Bearer wk_def')).toBe('wk_def');
  });
  it('ignores missing, empty and other schemes', () => {
    expect(writeKeyFromHeader(undefined)).toBeUndefined();
    expect(writeKeyFromHeader(`Basic ${Buffer.from(':pw').toString('base64')}`)).toBeUndefined();
    expect(writeKeyFromHeader('Digest x')).toBeUndefined();
    expect(writeKeyFromHeader('Bearer')).toBeUndefined();
  });
});
