/**
 * Phone numbers to E.164 (`+` country code, national number; at most 15 digits). Accepts spaces,
 * dashes, dots and parentheses, a leading `+` or `00`, and national numbers of the default region
 * (China: 13800138000 → +8613800138000, 010-12345678 → +861012345678). Returns null when invalid.
 */
export function toE164(input: string, defaultCountryCode = '86'): string | null {
  const raw = input.trim();
  if (!/^\+?[\d\s().-]+$/.test(raw)) return null;
  const digits = raw.replace(/\D/g, '');
  let international: string;
  if (raw.startsWith('+')) international = digits;
  else if (digits.startsWith('00')) international = digits.slice(2);
  else if (defaultCountryCode === '86' && /^861[3-9]\d{9}$/.test(digits)) international = digits;
  else international = defaultCountryCode + digits.replace(/^0/, '');
  if (!/^[1-9]\d{7,14}$/.test(international)) return null;
  if (international.startsWith('86') && !isChineseNational(international.slice(2))) return null;
  return '+' + international;
}

/** Mainland China: mobile 1[3-9] + 9 digits, or area code (2–3 digits, not starting with 0/1) + local number. */
function isChineseNational(n: string): boolean {
  return /^1[3-9]\d{9}$/.test(n) || /^[2-9]\d{8,10}$/.test(n) || /^10\d{7,8}$/.test(n);
}
