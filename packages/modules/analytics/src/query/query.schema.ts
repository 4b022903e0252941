import { z } from 'zod';

/** A local date in the workspace time zone, YYYY-MM-DD. */
export const localDate = z.iso.date();

/** Inclusive range of local dates (workspace zone); at most 2 years. */
export const dateRange = z
  .object({ from: localDate, to: localDate })
  .refine((r) => r.from <= r.to, { message: 'from must not be after to', path: ['to'] })
  .refine((r) => Date.parse(r.to) - Date.parse(r.from) <= 731 * 86_400_000, { message: 'the range may span at most 2 years', path: ['to'] });
export type DateRange = z.infer<typeof dateRange>;

export const INTERVALS = ['hour', 'day', 'week', 'month'] as const;
export const interval = z.enum(INTERVALS);
export type Interval = z.infer<typeof interval>;

/** Columns every event has; `property` filters/breaks down by `properties->>key`. */
export const EVENT_FIELDS = ['event', 'platform', 'account', 'post', 'property'] as const;

export const FILTER_OPS = ['eq', 'neq', 'in', 'contains', 'gt', 'gte', 'lt', 'lte', 'is_set', 'is_not_set'] as const;

const propertyKey = z.string().min(1).max(100).regex(/^[^\u0000]+$/, 'must not contain NUL');

/** One condition on an event: a column or a property; values compare as text, numbers for gt/gte/lt/lte. */
export const eventFilter = z
  .object({
    field: z.enum(EVENT_FIELDS),
    /** Required when field is `property`. */
    property: propertyKey.optional(),
    op: z.enum(FILTER_OPS),
    value: z.union([z.string().max(500), z.number(), z.array(z.union([z.string().max(500), z.number()])).max(100)]).optional(),
  })
  .superRefine((f, ctx) => {
    if (f.field === 'property' && !f.property) ctx.addIssue({ code: 'custom', path: ['property'], message: 'is required when field is property' });
    if (f.field !== 'property' && f.property) ctx.addIssue({ code: 'custom', path: ['property'], message: 'only goes with field property' });
    const needsValue = f.op !== 'is_set' && f.op !== 'is_not_set';
    if (needsValue && f.value === undefined) ctx.addIssue({ code: 'custom', path: ['value'], message: `is required for ${f.op}` });
    if (f.op === 'in' && !Array.isArray(f.value)) ctx.addIssue({ code: 'custom', path: ['value'], message: 'must be a list for in' });
    if (f.op !== 'in' && Array.isArray(f.value)) ctx.addIssue({ code: 'custom', path: ['value'], message: 'a list only goes with in' });
    if (['gt', 'gte', 'lt', 'lte'].includes(f.op) && typeof f.value !== 'number') ctx.addIssue({ code: 'custom', path: ['value'], message: `must be a number for ${f.op}` });
  });
export type EventFilter = z.infer<typeof eventFilter>;
export const eventFilters = z.array(eventFilter).max(20);

/** What to split a result by: an event column or a property. */
export const breakdown = z
  .object({ field: z.enum(EVENT_FIELDS), property: propertyKey.optional() })
  .refine((b) => (b.field === 'property') === !!b.property, { message: 'property is required exactly when field is property', path: ['property'] });
export type BreakdownBy = z.infer<typeof breakdown>;
