import { z } from 'zod';
import { localDate } from '../query/query.schema.js';

export const DEFAULT_EVENT_NAME_DAYS = 30;

export const eventNamesQuery = z
  .object({
    /** Local dates (workspace zone); both or neither — default: the last 30 days ending today. */
    from: localDate.optional(),
    to: localDate.optional(),
    limit: z.coerce.number().int().min(1).max(500).default(200),
  })
  .refine((q) => (q.from === undefined) === (q.to === undefined), { message: 'give both from and to, or neither', path: ['to'] })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'from must not be after to', path: ['to'] })
  .refine((q) => !q.from || !q.to || Date.parse(q.to) - Date.parse(q.from) <= 731 * 86_400_000, { message: 'the range may span at most 2 years', path: ['to'] });
export type EventNamesQuery = z.output<typeof eventNamesQuery>;

export const eventNamesResponse = z.object({
  range: z.object({ from: z.string(), to: z.string() }),
  /** Most frequent first (ties by name). */
  names: z.array(z.object({ name: z.string(), count: z.number().int() })),
});
export type EventNames = z.infer<typeof eventNamesResponse>;
