import { emptyEvent, toEventSpec, type EventForm } from '../funnels/query-form';
import { toFilters, type FilterForm } from '../query-controls/filter-form';
import { resolveRange, type RangeValue } from '../query-controls/range';
import type { PathDirection, PathsBody } from './paths.api';

export const MAX_STEPS = 5;

export interface PathsForm {
  range: RangeValue;
  anchor: EventForm;
  direction: PathDirection;
  steps: number;
  excludeEvents: string[];
  filters: FilterForm[];
  limit: number;
}

export const DEFAULT_PATHS_FORM: PathsForm = {
  range: { preset: '28d' },
  anchor: emptyEvent(),
  direction: 'after',
  steps: 3,
  excludeEvents: ['impression'],
  filters: [],
  limit: 20,
};

/** The API body (range resolved in the workspace zone); null while incomplete. */
export function toPathsBody(form: PathsForm, timeZone: string): PathsBody | null {
  const anchor = toEventSpec(form.anchor);
  const filters = toFilters(form.filters);
  if (!anchor || !filters) return null;
  const excludeEvents = form.excludeEvents.map((e) => e.trim()).filter((e) => e && e !== anchor.event);
  return {
    range: resolveRange(form.range, timeZone),
    event: anchor.event,
    ...(anchor.filters ? { eventFilters: anchor.filters } : {}),
    direction: form.direction,
    steps: form.steps,
    ...(excludeEvents.length > 0 ? { excludeEvents } : {}),
    ...(filters.length > 0 ? { filters } : {}),
    limit: form.limit,
  };
}
