import type { PiiFinding } from '../types.js';
import { idCardChecksumValid, idCardDateValid, luhnValid } from './checksums.js';
import { findAddresses } from './address.js';

/** Full-width ASCII → ASCII and ideographic space → space; same length, so offsets are unchanged. */
export function foldWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

const MOBILE = /(?<![\d])(?:(?:\+|00)?86[-\s]?)?1[3-9]\d(?:[-\s]?\d{4}){2}(?!\d)/g;
const ID_CARD = /(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g;
const DIGIT_RUN = /(?<![\dA-Za-z])\d(?:[-\s]?\d){12,22}(?![\dA-Za-z])/g;
const EMAIL = /(?<![\w.+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,63})@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![A-Za-z0-9-])/g;
/** WeChat ids: 6–20 chars, a letter first, then letters, digits, _ or - (WeChat's own rule), or a mobile number. */
const WECHAT = /(?:微信号?|薇信|威信|徽信|v信|wechat|weixin|vx|wx|加v|加微|[vV](?=[:：]))[\s:：号是为]*([A-Za-z][-_A-Za-z0-9]{5,19}|1[3-9]\d{9})(?![-_A-Za-z0-9])/gi;
const BANK_CONTEXT = /(?:卡号|银行卡|账号|帐号|信用卡|储蓄卡|card)[\s:：]*$/i;
const BANK_PREFIX = /^(?:62|4|5[1-5]|3[47])/;

function overlaps(list: PiiFinding[], start: number, end: number): boolean {
  return list.some((f) => f.start < end && start < f.end);
}

/**
 * Personal data in text. Confidence: mobile 0.9; ID card 0.95 (checksum and date must hold —
 * otherwise not reported); bank card 0.35 for a bare 16–19 digit run, +0.45 when Luhn holds, +0.1 for a
 * known issuer prefix (62 UnionPay, 4 Visa, 51–55 Mastercard, 34/37 Amex), +0.1 after 卡号/银行卡/账号;
 * email 0.95; WeChat id 0.8 (only after a context word: 微信, vx, wx, 加v …); address see address.ts.
 */
export function detectPii(text: string): PiiFinding[] {
  const t = foldWidth(text);
  const found: PiiFinding[] = [];
  for (const m of t.matchAll(ID_CARD)) {
    if (idCardChecksumValid(m[0]) && idCardDateValid(m[0])) found.push({ kind: 'id_card', start: m.index, end: m.index + m[0].length, confidence: 0.95 });
  }
  for (const m of t.matchAll(MOBILE)) {
    const end = m.index + m[0].length;
    if (!overlaps(found, m.index, end)) found.push({ kind: 'mobile', start: m.index, end, confidence: 0.9 });
  }
  for (const m of t.matchAll(DIGIT_RUN)) {
    const digits = m[0].replace(/[-\s]/g, '');
    const end = m.index + m[0].length;
    if (digits.length < 16 || digits.length > 19 || overlaps(found, m.index, end)) continue;
    let confidence = 0.35;
    if (luhnValid(digits)) confidence += 0.45;
    if (BANK_PREFIX.test(digits)) confidence += 0.1;
    if (BANK_CONTEXT.test(t.slice(Math.max(0, m.index - 12), m.index))) confidence += 0.1;
    found.push({ kind: 'bank_card', start: m.index, end, confidence: Math.min(1, Math.round(confidence * 100) / 100) });
  }
  for (const m of t.matchAll(EMAIL)) found.push({ kind: 'email', start: m.index, end: m.index + m[0].length, confidence: 0.95 });
  for (const m of t.matchAll(WECHAT)) {
    const id = m[1]!;
    const start = m.index + m[0].length - id.length;
    if (!overlaps(found.filter((f) => f.kind === 'email'), start, start + id.length)) {
      found.push({ kind: 'wechat_id', start, end: start + id.length, confidence: 0.8 });
    }
  }
  found.push(...findAddresses(t));
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}
