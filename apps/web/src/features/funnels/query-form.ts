import { toFilters, type EventFilter, type FilterForm } from '../query-controls/filter-form';

/** An event with its own conditions, as the funnel, retention and paths builders edit it. */
export interface EventForm {
  event: string;
  filters: FilterForm[];
}

export const emptyEvent = (event = ''): EventForm => ({ event, filters: [] });

const trim = (s: string | undefined) => (s ?? '').trim();

/** `{event, filters?}`, or null while the name is empty or a filter incomplete. */
export function toEventSpec(e: EventForm): { event: string; filters?: EventFilter[] } | null {
  const filters = toFilters(e.filters);
  if (!trim(e.event) || !filters) return null;
  return { event: trim(e.event), ...(filters.length > 0 ? { filters } : {}) };
}
