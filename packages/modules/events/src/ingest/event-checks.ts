import { invalidField } from '@resonance/kernel';
import { MAX_DEPTH, MAX_EVENT_BYTES, MAX_NAME_CHARS } from './limits.js';

/** Lone UTF-16 surrogates: valid in JS strings, refused by PostgreSQL jsonb. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function checkString(s: string, path: string): void {
  if (s.includes('\u0000')) throw invalidField(path, 'must not contain NUL (\\u0000) characters');
  if (LONE_SURROGATE.test(s)) throw invalidField(path, 'contains an unpaired UTF-16 surrogate (invalid Unicode)');
}

/** Walks a JSON value: depth ≤ MAX_DEPTH, strings and keys storable in jsonb. Errors name the path. */
export function checkJsonValue(value: unknown, path: string, depth = 0): void {
  if (typeof value === 'string') return checkString(value, path);
  if (value === null || typeof value !== 'object') return;
  if (depth >= MAX_DEPTH) throw invalidField(path, `is nested deeper than ${MAX_DEPTH} levels`);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) checkJsonValue(value[i], `${path}[${i}]`, depth + 1);
    return;
  }
  for (const [k, v] of Object.entries(value)) {
    checkString(k, `${path}.${k}`);
    checkJsonValue(v, `${path}.${k}`, depth + 1);
  }
}

/** One event ≤ MAX_EVENT_BYTES of JSON; when over, names its largest top-level field (e.g. `batch[3].properties`). */
export function checkEventSize(event: unknown, path: string): void {
  const bytes = Buffer.byteLength(JSON.stringify(event) ?? '', 'utf8');
  if (bytes <= MAX_EVENT_BYTES) return;
  let largest = '';
  let largestBytes = -1;
  if (event && typeof event === 'object' && !Array.isArray(event)) {
    for (const [k, v] of Object.entries(event)) {
      const b = Buffer.byteLength(JSON.stringify(v) ?? '', 'utf8');
      if (b > largestBytes) [largest, largestBytes] = [k, b];
    }
  }
  throw invalidField(largest ? `${path}.${largest}` : path, `event is ${bytes} bytes; the limit is ${MAX_EVENT_BYTES} bytes (32 KB) per event`);
}

export function requireObject(value: unknown, path: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw invalidField(path, 'must be an object');
  return value as Record<string, unknown>;
}

export function optionalObject(value: unknown, path: string): Record<string, unknown> | undefined {
  return value === undefined || value === null ? undefined : requireObject(value, path);
}

/** A non-empty id or name (numbers are accepted and turned into strings, as the SDKs do). */
export function optionalText(value: unknown, path: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') throw invalidField(path, 'must be a string');
  if (value.length === 0) throw invalidField(path, 'must not be empty');
  if (value.length > MAX_NAME_CHARS) throw invalidField(path, `must be at most ${MAX_NAME_CHARS} characters`);
  checkString(value, path);
  return value;
}

export function requireText(value: unknown, path: string): string {
  const text = optionalText(value, path);
  if (text === undefined) throw invalidField(path, 'is required');
  return text;
}

/** An event name: a string (numbers are not coerced, unlike ids). */
export function requireName(value: unknown, path: string): string {
  if (typeof value === 'number') throw invalidField(path, 'must be a string');
  return requireText(value, path);
}
