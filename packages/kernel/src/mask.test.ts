import { describe, expect, it } from 'vitest';
import { maskPiiValues } from './mask.js';

describe('maskPiiValues', () => {
  it('masks e-mail and phone values under their keys at any depth, case-insensitively', () => {
    const out = maskPiiValues({
      Email: 'li.lei@example.com',
      $set: { phone: '+8613800138000', Mobile: 13800138000, nested: [{ E_MAIL: 'a@b.cn' }] },
      phone_number: ['+8613900139000'],
      city: '上海',
      emails: 'not-a-pii-key@example.com',
    });
    expect(out).toEqual({
      Email: 'l*****@example.com',
      $set: { phone: '+86138****8000', Mobile: '138****8000', nested: [{ E_MAIL: 'a**@b.cn' }] },
      phone_number: ['+86139****9000'],
      city: '上海',
      emails: 'not-a-pii-key@example.com',
    });
  });

  it('leaves non-PII values and non-objects alone', () => {
    expect(maskPiiValues(null)).toBeNull();
    expect(maskPiiValues('x@y.z')).toBe('x@y.z');
    expect(maskPiiValues({ email: null, phone: true })).toEqual({ email: null, phone: true });
  });

  it('masks event properties the same way and keeps other values and shapes', () => {
    expect(
      maskPiiValues({
        $set: { email: 'li.lei@example.com', PHONE: '+8613800138000', profile: { mobile: 13800138000 } },
        contacts: [{ Email: 'a@b.cn' }],
        title: '上海 li.lei@example.com',
      }),
    ).toEqual({
      $set: { email: 'l*****@example.com', PHONE: '+86138****8000', profile: { mobile: '138****8000' } },
      contacts: [{ Email: 'a**@b.cn' }],
      title: '上海 li.lei@example.com',
    });
    expect(maskPiiValues({ n: 1, ok: true, list: [1, 'x'], email: null })).toEqual({ n: 1, ok: true, list: [1, 'x'], email: null });
  });
});
