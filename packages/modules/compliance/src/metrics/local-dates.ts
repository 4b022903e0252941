/** Calendar arithmetic on YYYY-MM-DD strings (no time zone involved: dates are already local). */
const toUtc = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const addDays = (d: string, n: number) => fromUtc(toUtc(d) + n * 86_400_000);
export const daysBetween = (a: string, b: string) => Math.round((toUtc(b) - toUtc(a)) / 86_400_000);

/** The Monday of the ISO week containing `d`. */
export function mondayOf(d: string): string {
  const weekday = (new Date(toUtc(d)).getUTCDay() + 6) % 7; // 0 = Monday
  return addDays(d, -weekday);
}

/** The first day of every period from `from` to `to` (inclusive): every day, or every Monday (the first may precede `from`). */
export function periodStarts(from: string, to: string, interval: 'day' | 'week'): string[] {
  const out: string[] = [];
  const step = interval === 'day' ? 1 : 7;
  for (let d = interval === 'day' ? from : mondayOf(from); d <= to; d = addDays(d, step)) out.push(d);
  return out;
}
