import { z } from 'zod';
import { CONTENT_STATES } from '../workflow/state-machine.js';
import { FUNNEL_STAGES } from '../items/items.schema.js';

/** The longest range one calendar request may ask for (a month view shows up to 6 weeks; a list, a quarter). */
export const MAX_CALENDAR_DAYS = 100;

const id = z.string().min(1).max(100);
const text = z.string().trim().min(1).max(100);
const statusList = new RegExp(`^(${CONTENT_STATES.join('|')})(,(${CONTENT_STATES.join('|')}))*$`);

export const calendarQuery = z
  .object({
    /** First local date (inclusive), in the workspace time zone. */
    from: z.iso.date(),
    /** Last local date (inclusive). */
    to: z.iso.date(),
    brand: id.optional(),
    account: id.optional(),
    /** One status or several, comma-separated (e.g. `approved,scheduled`). */
    status: z.string().regex(statusList, `must be statuses separated by commas (${CONTENT_STATES.join(', ')})`).optional(),
    pillar: text.optional(),
    stage: z.enum(FUNNEL_STAGES).optional(),
    campaign: text.optional(),
  })
  .superRefine((q, ctx) => {
    const days = (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000;
    if (days < 0) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
    else if (days >= MAX_CALENDAR_DAYS) ctx.addIssue({ code: 'custom', path: ['to'], message: `the range may cover at most ${MAX_CALENDAR_DAYS} days` });
  });
export type CalendarQuery = z.output<typeof calendarQuery>;

const entryFields = {
  contentId: z.string(),
  accountId: z.string().nullable(),
  accountName: z.string().nullable(),
  platform: z.string().nullable(),
  brandId: z.string().nullable(),
  /** The title, or the start of the body when there is none (at most 60 characters). */
  title: z.string(),
  status: z.string(),
  pillar: z.string().nullable(),
  stage: z.string().nullable(),
  campaign: z.string().nullable(),
};

export const calendarEntrySchema = z.object({
  ...entryFields,
  variantId: z.string(),
  scheduledAt: z.date(),
  /** The local date and time of scheduledAt in the workspace time zone. */
  localDate: z.string(),
  localTime: z.string(),
});

export const unscheduledEntrySchema = z.object({
  ...entryFields,
  /** Null for an item without any variant yet (it cannot be dragged onto the calendar before it has one). */
  variantId: z.string().nullable(),
  updatedAt: z.date(),
});

export const calendarResponse = z.object({
  timeZone: z.string(),
  from: z.string(),
  to: z.string(),
  entries: z.array(calendarEntrySchema),
  /** Variants of items in draft or in review without a time (newest change first, at most 200). */
  unscheduled: z.array(unscheduledEntrySchema),
});
export type CalendarEntry = z.input<typeof calendarEntrySchema>;
export type UnscheduledEntry = z.input<typeof unscheduledEntrySchema>;
export type CalendarResponse = z.input<typeof calendarResponse>;

export const scheduleParams = z.object({ workspaceId: z.string().min(1), contentId: z.string().min(1), variantId: z.string().min(1) });
export const scheduleBody = z.object({
  /** An instant in the future (ISO 8601 with offset), or null to take the variant off the calendar (not while scheduled). */
  scheduledAt: z.iso.datetime({ offset: true }).nullable(),
});
export const scheduleResponse = z.object({
  contentId: z.string(),
  variantId: z.string(),
  accountId: z.string(),
  status: z.string(),
  scheduledAt: z.date().nullable(),
  /** False when the variant already had this time (nothing changed, nothing recorded). */
  changed: z.boolean(),
});
