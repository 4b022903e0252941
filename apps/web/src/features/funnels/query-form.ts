import type { RequestOf } from '@resonance/contracts';
import { dayjs } from '../../lib/time';

/**
 * Form state shared by the funnel, retention and paths builders, and its translation to the
 * API's query grammar (filters, event specs, local-date ranges).
 */
type FunnelBody = RequestOf<'/workspaces/{workspaceId}/queries/funnel', 'post'>;
export type EventFilter = NonNullable<FunnelBody['filters']>[number];
export type Breakdown = NonNullable<FunnelBody['breakdown']>;

export const FIELDS = ['event', 'platform', 'account', 'post', 'property'] as const;
export type Field = (typeof FIELDS)[number];
export const OPS = ['eq', 'neq', 'in', 'contains', 'gt', 'gte', 'lt', 'lte', 'is_set', 'is_not_set'] as const;
export type Op = (typeof OPS)[number];
const NUMERIC: readonly Op[] = ['gt', 'gte', 'lt', 'lte'];
export const needsValue = (op: Op) => op !== 'is_set' && op !== 'is_not_set';

export interface FilterForm {
  field: Field;
  property?: string;
  op: Op;
  /** As typed; a list for `in` is comma-separated. */
  value?: string;
}

export interface EventForm {
  event: string;
  filters: FilterForm[];
}

export const emptyEvent = (event = ''): EventForm => ({ event, filters: [] });
export const newFilter = (): FilterForm => ({ field: 'property', property: '', op: 'eq', value: '' });

const trim = (s: string | undefined) => (s ?? '').trim();

/** One filter as the API takes it; null while incomplete. */
export function toFilter(f: FilterForm): EventFilter | null {
  if (f.field === 'property' && !trim(f.property)) return null;
  const base = { field: f.field, op: f.op, ...(f.field === 'property' ? { property: trim(f.property) } : {}) };
  if (!needsValue(f.op)) return base;
  const raw = trim(f.value);
  if (raw === '') return null;
  if (NUMERIC.includes(f.op)) {
    const n = Number(raw);
    return Number.isFinite(n) ? { ...base, value: n } : null;
  }
  if (f.op === 'in') {
    const list = raw.split(/[,，]/).map((v) => v.trim()).filter(Boolean);
    return list.length > 0 ? { ...base, value: list } : null;
  }
  return { ...base, value: raw };
}

/** All filters, or null when one is incomplete. */
export function toFilters(fs: readonly FilterForm[]): EventFilter[] | null {
  const out: EventFilter[] = [];
  for (const f of fs) {
    const x = toFilter(f);
    if (!x) return null;
    out.push(x);
  }
  return out;
}

/** `{event, filters?}`, or null while the name is empty or a filter incomplete. */
export function toEventSpec(e: EventForm): { event: string; filters?: EventFilter[] } | null {
  const filters = toFilters(e.filters);
  if (!trim(e.event) || !filters) return null;
  return { event: trim(e.event), ...(filters.length > 0 ? { filters } : {}) };
}

export function toBreakdown(b: { field: Field; property?: string } | null): Breakdown | undefined | null {
  if (!b) return undefined;
  if (b.field === 'property') return trim(b.property) ? { field: 'property', property: trim(b.property) } : null;
  return { field: b.field };
}

export const RANGE_PRESETS = [7, 28, 90] as const;
/** The last N local days ending today (workspace zone), or fixed local dates. */
export type RangeValue = { lastDays: (typeof RANGE_PRESETS)[number] } | { from: string; to: string };

export function resolveRange(value: RangeValue, timeZone: string): { from: string; to: string } {
  if ('lastDays' in value) {
    const to = dayjs().tz(timeZone).format('YYYY-MM-DD');
    return { from: dayjs(to).subtract(value.lastDays - 1, 'day').format('YYYY-MM-DD'), to };
  }
  return { from: value.from, to: value.to };
}
