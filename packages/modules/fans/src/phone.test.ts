import { describe, expect, it } from 'vitest';
import { toE164 } from './phone.js';

describe('toE164', () => {
  it('normalises Chinese national and international forms', () => {
    expect(toE164('13800138000')).toBe('+8613800138000');
    expect(toE164('138 0013 8000')).toBe('+8613800138000');
    expect(toE164('138-0013-8000')).toBe('+8613800138000');
    expect(toE164('+86 138 0013 8000')).toBe('+8613800138000');
    expect(toE164('008613800138000')).toBe('+8613800138000');
    expect(toE164('8613800138000')).toBe('+8613800138000');
    expect(toE164('010-12345678')).toBe('+861012345678');
    expect(toE164('(021) 6123 4567')).toBe('+862161234567');
  });

  it('keeps other countries when given with + or 00', () => {
    expect(toE164('+1 (415) 555-2671')).toBe('+14155552671');
    expect(toE164('0044 20 7946 0958')).toBe('+442079460958');
  });

  it('uses another default country code for national numbers', () => {
    expect(toE164('(415) 555-2671', '1')).toBe('+14155552671');
    expect(toE164('020 7946 0958', '44')).toBe('+442079460958');
  });

  it('rejects what is not a phone number', () => {
    for (const bad of ['', '12ab', '123', '+0123456789', '1380013800', '12800138000', '+86 12345', '+1234567890123456', 'phone: 138']) {
      expect(toE164(bad), bad).toBeNull();
    }
  });
});
