import { ApiError } from '../../lib/api';

/** A 400 on the slots names the slot (`body.slots.3.time`); show the first field's message. */
export function applyFieldErrors(err: unknown): string | null {
  if (err instanceof ApiError && err.fields.length) return err.fields.map((f) => `${f.path}: ${f.message}`).join('; ');
  return null;
}
