import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectPii } from './detect-pii.js';
import { idCardChecksumValid, luhnValid } from './checksums.js';

const kinds = (text: string) => detectPii(text).map((f) => [f.kind, text.slice(f.start, f.end), f.confidence]);

/** Builds a valid 18-digit ID from 17 digits (GB 11643 check character). */
function withCheck(body: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * w[i]!, 0);
  return body + '10X98765432'[sum % 11];
}

describe('checksums', () => {
  it('validates GB 11643 check characters, X included', () => {
    expect(idCardChecksumValid('11010519491231002X')).toBe(true);
    expect(idCardChecksumValid('110105194912310021')).toBe(false);
    expect(idCardChecksumValid('11010519491231002')).toBe(false);
  });
  it('validates Luhn', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
  });
  it('Luhn catches every single-digit change (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 15, maxLength: 18 }), fc.nat(), fc.integer({ min: 1, max: 9 }), (digits, at, delta) => {
        const body = digits.join('');
        const check = [...Array(10).keys()].find((c) => luhnValid(body + c))!;
        const valid = body + check;
        const i = at % valid.length;
        const changed = valid.slice(0, i) + ((Number(valid[i]) + delta) % 10) + valid.slice(i + 1);
        expect(luhnValid(valid)).toBe(true);
        expect(luhnValid(changed)).toBe(false);
      }),
    );
  });
});

describe('detectPii', () => {
  it('finds mainland mobile numbers, with +86 and separators, full-width too', () => {
    expect(kinds('电话13812345678，或+86 138-1234-5678，或１３９１２３４５６７８')).toEqual([
      ['mobile', '13812345678', 0.9],
      ['mobile', '+86 138-1234-5678', 0.9],
      ['mobile', '１３９１２３４５６７８', 0.9],
    ]);
    expect(kinds('订单号 12812345678 和 138123456789')).toEqual([]);
  });

  it('reports ID card numbers only with a valid checksum and birth date', () => {
    expect(kinds('身份证11010519491231002X')).toEqual([['id_card', '11010519491231002X', 0.95]]);
    expect(detectPii('身份证110105194912310021').some((f) => f.kind === 'id_card')).toBe(false);
    expect(detectPii(withCheck('11010520991301123')).some((f) => f.kind === 'id_card')).toBe(false); // month 13
  });

  it('finds every generated valid ID number at its span (property)', () => {
    const day = fc.date({ min: new Date('1930-01-01'), max: new Date('2010-12-31'), noInvalidDate: true });
    fc.assert(
      fc.property(day, fc.integer({ min: 110000, max: 659999 }), fc.integer({ min: 0, max: 999 }), (d, region, seq) => {
        const ymd = d.toISOString().slice(0, 10).replaceAll('-', '');
        const id = withCheck(`${region}${ymd}${String(seq).padStart(3, '0')}`);
        const text = `号码：${id}。`;
        expect(detectPii(text)).toContainEqual({ kind: 'id_card', start: 3, end: 21, confidence: 0.95 });
      }),
    );
  });

  it('bank cards: Luhn, issuer prefix and context raise confidence', () => {
    expect(kinds('卡号：6222 0212 3456 7890 128')).toHaveLength(1);
    expect(kinds('4111111111111111')).toEqual([['bank_card', '4111111111111111', 0.9]]);
    expect(kinds('4111111111111112')).toEqual([['bank_card', '4111111111111112', 0.45]]);
    expect(kinds('卡号 4111 1111 1111 1111')).toEqual([['bank_card', '4111 1111 1111 1111', 1]]);
    expect(kinds('1234567890123')).toEqual([]); // 13 digits
  });

  it('finds emails and WeChat ids only after a context word', () => {
    expect(kinds('邮箱 a.b@example.com 加微信：abc_12345 或 vx：Tom-2024x')).toEqual([
      ['email', 'a.b@example.com', 0.95],
      ['wechat_id', 'abc_12345', 0.8],
      ['wechat_id', 'Tom-2024x', 0.8],
    ]);
    expect(kinds('my handle abc_12345 is not a wechat')).toEqual([]);
  });

  it('finds street addresses without the lead-in words', () => {
    expect(kinds('我家住在北京市朝阳区建国路88号3号楼502室，欢迎')).toEqual([['address', '北京市朝阳区建国路88号3号楼502室', 0.8]]);
    expect(kinds('门店：漕溪北路100号')).toEqual([['address', '漕溪北路100号', 0.55]]);
    expect(kinds('这条路很好走，我们明天见')).toEqual([]);
  });
});
