import type { DateRange } from '../query/query.schema.js';

const DAY = 86_400_000;
const toDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The same number of local days just before `range` (dates are calendar dates: UTC arithmetic is exact). */
export function previousRange(range: DateRange): DateRange {
  const from = Date.parse(`${range.from}T00:00:00Z`);
  const days = Math.round((Date.parse(`${range.to}T00:00:00Z`) - from) / DAY) + 1;
  return { from: toDate(from - days * DAY), to: toDate(from - DAY) };
}
