/**
 * Secrets never enter the audit log: values under keys named like a secret are replaced before
 * the entry is stored and hashed. A key is sensitive when its words contain secret, password,
 * token, credential, api key, AES key or private key — unless its last word only describes the
 * secret (`tokenId`, `credentialsKeyId`, `credentialFieldsSet`, `tokenExpiresAt`).
 */
export const REDACTED = '[redacted]';

const SENSITIVE = /(secret|password|passwd|token|credential|apikey|aeskey|privatekey)/;
const DESCRIPTIVE_LAST_WORDS = new Set(['id', 'ids', 'count', 'set', 'fields', 'type', 'types', 'name', 'names', 'prefix', 'at', 'label', 'labels']);

export function isSensitiveKey(key: string): boolean {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
  if (!SENSITIVE.test(words.join(''))) return false;
  return !DESCRIPTIVE_LAST_WORDS.has(words[words.length - 1] ?? '');
}

/** A copy of a JSON value with sensitive keys' non-null values replaced by "[redacted]", at any depth. */
export function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      out[k] = isSensitiveKey(k) && v !== null && v !== undefined ? REDACTED : redactSecrets(v);
    }
    return out;
  }
  return value;
}
