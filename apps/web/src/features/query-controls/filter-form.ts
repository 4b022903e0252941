import type { RequestOf } from '@resonance/contracts';

/**
 * Event filters and breakdowns as the query builders edit them (trends, funnels, retention, paths),
 * and their translation to the API's query grammar.
 */
type QueryBody = RequestOf<'/workspaces/{workspaceId}/queries/funnel', 'post'>;
export type EventFilter = NonNullable<QueryBody['filters']>[number];
export type Breakdown = NonNullable<QueryBody['breakdown']>;

export const FIELDS = ['event', 'platform', 'account', 'post', 'property'] as const;
export type Field = (typeof FIELDS)[number];
export const OPS = ['eq', 'neq', 'in', 'contains', 'gt', 'gte', 'lt', 'lte', 'is_set', 'is_not_set'] as const;
export type Op = (typeof OPS)[number];
const NUMERIC: readonly Op[] = ['gt', 'gte', 'lt', 'lte'];
export const needsValue = (op: Op) => op !== 'is_set' && op !== 'is_not_set';
/** The API's limit on filters per query. */
export const MAX_FILTERS = 20;

export interface FilterForm {
  field: Field;
  property?: string;
  op: Op;
  /** As typed; a list for `in` is comma-separated. */
  value?: string;
}

export type BreakdownForm = { field: Field; property?: string } | null;

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

/** The API's breakdown: undefined for none, null while a property breakdown has no key. */
export function toBreakdown(b: BreakdownForm): Breakdown | undefined | null {
  if (!b) return undefined;
  if (b.field === 'property') return trim(b.property) ? { field: 'property', property: trim(b.property) } : null;
  return { field: b.field };
}

/** A filter of a saved body back in the form. */
export const filterFormOf = (f: EventFilter): FilterForm => ({
  field: f.field,
  property: f.property,
  op: f.op,
  value: f.value === undefined ? undefined : Array.isArray(f.value) ? f.value.join(', ') : String(f.value),
});
