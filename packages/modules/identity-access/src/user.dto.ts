import { invalidField } from '@resonance/kernel';
import { z } from 'zod';
import { LOCALES, type UsersTable } from './identity.schema.js';

export const userDto = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  locale: z.enum(LOCALES),
});
export type User = z.infer<typeof userDto>;

export const toUser = (r: UsersTable): User => ({ id: r.id, email: r.email, name: r.name, locale: r.locale });

/** Request fields shared by sign-up paths (CLI, invite acceptance). */
export const emailField = z.string().trim().toLowerCase().max(254).pipe(z.email({ message: 'must be an e-mail address' }));
export const nameField = z.string().trim().min(1, 'must not be empty').max(100);
export const localeField = z.enum(LOCALES);

/** Validates one input of a service function called outside HTTP (CLI, seed), naming the field. */
export function parseField<S extends z.ZodType>(schema: S, value: unknown, path: string): z.output<S> {
  const res = schema.safeParse(value);
  if (!res.success) throw invalidField(path, res.error.issues[0]?.message ?? 'is invalid');
  return res.data;
}
