import type { CredentialField } from '@resonance/connector-sdk';
import { ValidationError, type FieldIssue } from '@resonance/kernel';

/**
 * Checks a credential bag against a platform's declared fields: every required field present and
 * non-blank, no unknown fields. Errors name `body.credentials.<field>`.
 */
export function checkCredentials(fields: readonly CredentialField[], credentials: Record<string, string>, platformName: string): Record<string, string> {
  const issues: FieldIssue[] = [];
  const known = new Set(fields.map((f) => f.key));
  for (const f of fields) {
    const value = credentials[f.key];
    if (!f.optional && (value === undefined || value.trim() === '')) {
      issues.push({ path: `body.credentials.${f.key}`, message: `${f.label.en} is required for ${platformName}` });
    }
  }
  for (const key of Object.keys(credentials)) {
    if (!known.has(key)) issues.push({ path: `body.credentials.${key}`, message: `${platformName} has no credential field "${key}"` });
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return Object.fromEntries(Object.entries(credentials).filter(([, v]) => v.trim() !== ''));
}
