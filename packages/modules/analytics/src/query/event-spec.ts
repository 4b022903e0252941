import { z } from 'zod';
import { eventFilters } from './query.schema.js';

/** An event name as stored (`events.name`). */
export const eventName = z.string().min(1).max(200);

/** "This event, with these conditions": a funnel step, an exclusion, a retention start or return event. */
export const eventSpec = z.object({ event: eventName, filters: eventFilters.optional() });
export type EventSpec = z.infer<typeof eventSpec>;
