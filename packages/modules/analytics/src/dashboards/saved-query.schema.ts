import { z } from 'zod';
import { QUERY_KINDS } from './query-kinds.js';

export const savedQueryName = z.string().trim().min(1, 'must not be empty').max(200);

/** `body` is the request body of `POST …/queries/<kind>`, checked against that kind's schema when saved. */
export const newSavedQueryBody = z.object({
  name: savedQueryName,
  kind: z.enum(QUERY_KINDS),
  body: z.record(z.string(), z.unknown()),
});
export type NewSavedQuery = z.infer<typeof newSavedQueryBody>;

export const updateSavedQueryBody = z
  .object({ name: savedQueryName.optional(), body: z.record(z.string(), z.unknown()).optional() })
  .refine((b) => b.name !== undefined || b.body !== undefined, { message: 'send name and/or body' });
export type SavedQueryUpdate = z.infer<typeof updateSavedQueryBody>;

export const savedQueryDto = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(QUERY_KINDS),
  /** The query as saved (defaults of the kind's schema filled in). */
  body: z.record(z.string(), z.unknown()),
  createdBy: z.string(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type SavedQuery = z.infer<typeof savedQueryDto> & { workspaceId: string };

export const savedQueryParams = z.object({ workspaceId: z.string().min(1), queryId: z.string().min(1) });
