/** Calendar arithmetic on `YYYY-MM-DD` strings for the references (UTC date maths, no time zone involved). */
export type Period = 'day' | 'week' | 'month';

const toUtc = (d: string) => new Date(`${d}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The local date of an instant in a zone with a fixed UTC offset (hours), e.g. Asia/Shanghai = 8. */
export const localDateAt = (offsetHours: number) => (instant: Date) => iso(new Date(instant.getTime() + offsetHours * 3_600_000));

export function addDays(d: string, n: number): string {
  const x = toUtc(d);
  x.setUTCDate(x.getUTCDate() + n);
  return iso(x);
}

/** First date of the period: the date, its Monday, or the 1st of its month. */
export function periodStart(d: string, p: Period): string {
  if (p === 'day') return d;
  if (p === 'month') return `${d.slice(0, 7)}-01`;
  const dow = (toUtc(d).getUTCDay() + 6) % 7; // Monday = 0
  return addDays(d, -dow);
}

export function addPeriods(d: string, n: number, p: Period): string {
  if (p === 'day') return addDays(d, n);
  if (p === 'week') return addDays(d, 7 * n);
  const x = toUtc(d);
  x.setUTCMonth(x.getUTCMonth() + n);
  return iso(x);
}

export function periodsBetween(later: string, earlier: string, p: Period): number {
  if (p === 'month') return (Number(later.slice(0, 4)) - Number(earlier.slice(0, 4))) * 12 + Number(later.slice(5, 7)) - Number(earlier.slice(5, 7));
  const days = Math.round((toUtc(later).getTime() - toUtc(earlier).getTime()) / 86_400_000);
  return p === 'week' ? Math.trunc(days / 7) : days;
}
