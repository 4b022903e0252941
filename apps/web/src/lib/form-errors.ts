import type { FormInstance } from 'antd';
import { ApiError } from './api';

/** `body.name` → `name`, `body.credentials.appId` → ['credentials', 'appId']. */
export function fieldNameOf(path: string): string[] {
  const parts = path.split('.');
  return parts[0] === 'body' || parts[0] === 'query' || parts[0] === 'params' ? parts.slice(1) : parts;
}

/**
 * Puts server field errors on the matching form fields. Returns the messages that matched no field
 * (plus the main message when nothing matched) so the caller can show them.
 */
export function applyFieldErrors(form: FormInstance, err: unknown): string | undefined {
  if (!(err instanceof ApiError)) return (err as Error)?.message ?? String(err);
  if (err.fields.length === 0) return err.message;
  const known = new Set(Object.keys(form.getFieldsValue(true) ?? {}));
  const leftovers: string[] = [];
  const fields = [] as { name: string[]; errors: string[] }[];
  for (const f of err.fields) {
    const name = fieldNameOf(f.path);
    if (name.length > 0 && known.has(name[0]!)) fields.push({ name, errors: [f.message] });
    else leftovers.push(`${f.path}: ${f.message}`);
  }
  form.setFields(fields);
  if (fields.length === 0) return `${err.message}${leftovers.length ? ` (${leftovers.join('; ')})` : ''}`;
  return leftovers.length ? leftovers.join('; ') : undefined;
}
