import { describe, expect, it } from 'vitest';
import { isJunkIdentityValue } from './junk.js';

describe('isJunkIdentityValue', () => {
  it('flags placeholders whatever their case and padding', () => {
    for (const v of ['null', 'NULL', ' undefined ', '0', '-1', 'Anonymous', 'UNKNOWN', 'none', 'nil', '[object Object]', '', '   ', 'NaN', '000000', '00000000-0000-0000-0000-000000000000']) {
      expect(isJunkIdentityValue(v), JSON.stringify(v)).toBe(true);
    }
  });

  it('flags non-string values and junk numbers', () => {
    for (const v of [null, undefined, {}, [], true, 0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(isJunkIdentityValue(v), String(v)).toBe(true);
    }
  });

  it('keeps real identifiers', () => {
    for (const v of ['u_1', 'o6_bmjrPTlm6_2sgVt7hMZOPfL2M', '42', 42, 'did:plc:abc', 'li@example.com', '13800138000', '10']) {
      expect(isJunkIdentityValue(v), String(v)).toBe(false);
    }
  });
});
