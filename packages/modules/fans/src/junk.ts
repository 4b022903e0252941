/**
 * Placeholder values that SDKs and integrations send when they have no real identifier. They never
 * link profiles: an identity with such a value is ignored. Compared trimmed and case-insensitively.
 */
const JUNK = new Set([
  '', 'null', 'undefined', 'nil', 'none', 'nan', 'n/a', 'na', 'unknown', 'anonymous', 'anon', 'guest',
  '0', '-1', '-', '--', 'true', 'false', '[object object]', '{}', '[]', '""', "''",
  '00000000-0000-0000-0000-000000000000', 'not set', '(not set)', 'no id',
]);

/** True for values that must never link profiles: non-strings/numbers, placeholders, all zeros. */
export function isJunkIdentityValue(value: unknown): boolean {
  if (typeof value === 'number') return !Number.isFinite(value) || JUNK.has(String(value));
  if (typeof value !== 'string') return true;
  const v = value.trim().toLowerCase();
  return JUNK.has(v) || /^[0\s.:_-]+$/.test(v);
}
