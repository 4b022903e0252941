import { toBreakdown, toFilters, type BreakdownForm, type FilterForm } from '../query-controls/filter-form';
import { resolveRange, type RangeValue } from '../query-controls/range';
import type { FunnelBody, FunnelOrder } from './funnels.api';
import { emptyEvent, toEventSpec, type EventForm } from './query-form';

export const MAX_STEPS = 10;
export const WINDOW_UNITS = { minutes: 60, hours: 3600, days: 86_400 } as const;
export type WindowUnit = keyof typeof WINDOW_UNITS;
export const ORDERS: FunnelOrder[] = ['sequential', 'strict', 'any'];

/** What the funnel builder edits; `toFunnelBody` turns it into the API's body. */
export interface FunnelForm {
  range: RangeValue;
  steps: EventForm[];
  window: { amount: number; unit: WindowUnit };
  order: FunnelOrder;
  exclusion: EventForm | null;
  breakdown: BreakdownForm;
  filters: FilterForm[];
}

export const DEFAULT_FUNNEL_FORM: FunnelForm = {
  range: { preset: '28d' },
  steps: [emptyEvent(), emptyEvent()],
  window: { amount: 7, unit: 'days' },
  order: 'sequential',
  exclusion: null,
  breakdown: null,
  filters: [],
};

/** The API body, with the range resolved in the workspace zone; null while something is incomplete. */
export function toFunnelBody(form: FunnelForm, timeZone: string): FunnelBody | null {
  const steps = form.steps.map(toEventSpec);
  if (steps.length < 2 || steps.some((s) => s === null)) return null;
  const filters = toFilters(form.filters);
  const exclusion = form.exclusion ? toEventSpec(form.exclusion) : undefined;
  const breakdown = toBreakdown(form.breakdown);
  const windowSeconds = Math.round(form.window.amount * WINDOW_UNITS[form.window.unit]);
  if (!filters || exclusion === null || breakdown === null || !(windowSeconds >= 1)) return null;
  return {
    range: resolveRange(form.range, timeZone),
    steps: steps as NonNullable<(typeof steps)[number]>[],
    windowSeconds,
    order: form.order,
    ...(exclusion ? { exclusion } : {}),
    ...(breakdown ? { breakdown } : {}),
    ...(filters.length > 0 ? { filters } : {}),
  };
}
