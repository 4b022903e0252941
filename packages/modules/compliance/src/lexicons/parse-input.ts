import { ValidationError, type FieldIssue } from '@resonance/kernel';
import type { z } from 'zod';

/** Services validate their input too (callers other than the routes exist); errors name `body.<field>`. */
export function parsed<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw new ValidationError(r.error.issues.map((i): FieldIssue => ({ path: ['body', ...i.path.map(String)].join('.'), message: i.message })));
  return r.data;
}
