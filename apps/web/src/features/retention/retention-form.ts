import { emptyEvent, toEventSpec, type EventForm } from '../funnels/query-form';
import { toFilters, type FilterForm } from '../query-controls/filter-form';
import { resolveRange, type RangeValue } from '../query-controls/range';
import type { RetentionBody, RetentionInterval, RetentionMode } from './retention.api';

export const INTERVALS: RetentionInterval[] = ['day', 'week', 'month'];
export const MODES: RetentionMode[] = ['first_time', 'recurring'];
export const MAX_PERIODS = 60;

export interface RetentionForm {
  range: RangeValue;
  interval: RetentionInterval;
  mode: RetentionMode;
  periods: number;
  startEvent: EventForm;
  /** null = any event counts as coming back. */
  returnEvent: EventForm | null;
  filters: FilterForm[];
}

export const DEFAULT_RETENTION_FORM: RetentionForm = {
  range: { preset: '90d' },
  interval: 'week',
  mode: 'first_time',
  periods: 8,
  startEvent: emptyEvent(),
  returnEvent: null,
  filters: [],
};

/** The API body (range resolved in the workspace zone); null while incomplete. */
export function toRetentionBody(form: RetentionForm, timeZone: string): RetentionBody | null {
  const startEvent = toEventSpec(form.startEvent);
  const returnEvent = form.returnEvent ? toEventSpec(form.returnEvent) : 'any';
  const filters = toFilters(form.filters);
  if (!startEvent || !returnEvent || !filters || !(form.periods >= 1 && form.periods <= MAX_PERIODS)) return null;
  return {
    range: resolveRange(form.range, timeZone),
    interval: form.interval,
    mode: form.mode,
    periods: form.periods,
    startEvent,
    returnEvent,
    ...(filters.length > 0 ? { filters } : {}),
  };
}
