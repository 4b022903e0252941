/** PII masking for roles without `fans.pii`. */
export function maskEmail(email: string): string {
  const at = email.indexOf('@');
  if (at <= 0) return '***';
  const name = email.slice(0, at);
  return `${name[0]}${'*'.repeat(Math.max(2, name.length - 1))}${email.slice(at)}`;
}

export function maskPhone(phone: string): string {
  if (phone.length <= 7) return '*'.repeat(phone.length);
  return phone.slice(0, phone.length - 8) + '****' + phone.slice(-4);
}

/** Key names (case-insensitive, ignoring `$`, `_`, `-`, spaces) whose values are e-mail addresses or phone numbers. */
const EMAIL_KEYS = new Set(['email', 'emailaddress']);
const PHONE_KEYS = new Set(['phone', 'phonenumber', 'mobile', 'mobilephone', 'mobilenumber', 'tel', 'telephone']);
const normKey = (k: string) => k.toLowerCase().replace(/[$_\-\s]/g, '');

function maskUnder(v: unknown, mask: (s: string) => string): unknown {
  if (Array.isArray(v)) return v.map((x) => maskUnder(x, mask));
  if (v !== null && typeof v === 'object') return maskPiiValues(v);
  if (typeof v === 'string') return mask(v);
  if (typeof v === 'number' || typeof v === 'bigint') return mask(String(v));
  return v;
}

/**
 * A copy of `value` (fan traits, event properties) in which every value under a key named like
 * email / phone / mobile — any nesting (`$set.email`), case-insensitive — is masked. For roles
 * without `fans.pii`.
 */
export function maskPiiValues(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskPiiValues);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const key = normKey(k);
    if (EMAIL_KEYS.has(key)) out[k] = maskUnder(v, maskEmail);
    else if (PHONE_KEYS.has(key)) out[k] = maskUnder(v, maskPhone);
    else out[k] = maskPiiValues(v);
  }
  return out;
}
