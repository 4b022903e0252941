import { DEFAULT_TIME_ZONE, isValidTimeZone, ROLES } from '@resonance/kernel';
import { z } from 'zod';

export const workspaceNameField = z.string().trim().min(1, 'must not be empty').max(100);
export const timeZoneField = z
  .string()
  .trim()
  .refine((tz) => tz !== '' && isValidTimeZone(tz), 'must be an IANA time zone such as Asia/Shanghai');
export { DEFAULT_TIME_ZONE };

export const roleField = z.enum(ROLES);

/** One of my workspaces, as listed in /me and /workspaces. */
export const myWorkspaceDto = z.object({ id: z.string(), name: z.string(), role: roleField, timeZone: z.string() });
export type MyWorkspace = z.infer<typeof myWorkspaceDto>;

export const workspaceDto = z.object({
  id: z.string(),
  name: z.string(),
  timeZone: z.string(),
  createdAt: z.date(),
  role: roleField,
});
export type WorkspaceView = z.infer<typeof workspaceDto>;

export const memberDto = z.object({
  userId: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleField,
  joinedAt: z.date(),
});
export type Member = z.infer<typeof memberDto>;
