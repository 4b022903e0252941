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
