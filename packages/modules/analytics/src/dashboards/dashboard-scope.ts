import type { DateRange, EventFilter } from '../query/query.schema.js';
import type { DashboardFilters, DashboardRange, RangePreset } from './dashboard.schema.js';

const PRESET_DAYS: Record<RangePreset, number> = { '7d': 7, '28d': 28, '90d': 90 };
const DAY = 86_400_000;
const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** A preset is the last N local days ending today (inclusive), as the Overview counts them; fixed dates stay. */
export function resolveRange(range: DashboardRange, today: string): DateRange {
  if ('preset' in range) return { from: shift(today, 1 - PRESET_DAYS[range.preset]), to: today };
  return { from: range.from, to: range.to };
}

/** The dashboard's platform, account and brand (its accounts) as event filters every tile gets. */
export function scopeFilters(filters: DashboardFilters, accounts: readonly { id: string; brandId?: string }[]): EventFilter[] {
  const out: EventFilter[] = [];
  if (filters.platform) out.push({ field: 'platform', op: 'eq', value: filters.platform });
  if (filters.accountId) out.push({ field: 'account', op: 'eq', value: filters.accountId });
  if (filters.brandId) out.push({ field: 'account', op: 'in', value: accounts.filter((a) => a.brandId === filters.brandId).map((a) => a.id) });
  return out;
}
