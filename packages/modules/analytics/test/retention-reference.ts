/** Retention as defined in README.md, computed fan by fan in plain TypeScript. */
import type { RetentionQuery } from '../src/retention/retention.schema.js';
import { matchesAll, type StoredEvent } from './event-log.js';
import { addPeriods, periodStart, periodsBetween } from './local-dates.js';

export function referenceRetention(events: readonly StoredEvent[], q: RetentionQuery, today: string, localDate: (d: Date) => string) {
  const iv = q.interval;
  const known = events.filter((e) => e.canonical !== null && matchesAll(e, q.filters));
  const starts = known.filter((e) => e.name === q.startEvent.event && matchesAll(e, q.startEvent.filters));
  const inRange = (e: StoredEvent) => localDate(e.at) >= q.range.from && localDate(e.at) <= q.range.to;
  const cohortsOf = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, fan: string, period: string) => m.set(fan, (m.get(fan) ?? new Set()).add(period));
  if (q.mode === 'first_time') {
    const first = new Map<string, StoredEvent>();
    for (const e of starts) if (!first.has(e.canonical!) || e.at < first.get(e.canonical!)!.at) first.set(e.canonical!, e);
    for (const [fan, e] of first) if (inRange(e)) add(cohortsOf, fan, periodStart(localDate(e.at), iv));
  } else {
    for (const e of starts) if (inRange(e)) add(cohortsOf, e.canonical!, periodStart(localDate(e.at), iv));
  }
  const returns = new Map<string, Set<string>>();
  const r = q.returnEvent;
  for (const e of known) if (r === 'any' || (e.name === r.event && matchesAll(e, r.filters))) add(returns, e.canonical!, periodStart(localDate(e.at), iv));

  const cohorts: { cohort: string; size: number; returned: (number | null)[] }[] = [];
  for (let c = periodStart(q.range.from, iv); c <= periodStart(q.range.to, iv); c = addPeriods(c, 1, iv)) {
    const members = [...cohortsOf.entries()].filter(([, cs]) => cs.has(c)).map(([fan]) => fan);
    const observable = Math.min(q.periods, periodsBetween(periodStart(today, iv), c, iv));
    const returned = Array.from({ length: q.periods }, (_, i) =>
      i + 1 > observable ? null : members.filter((fan) => returns.get(fan)?.has(addPeriods(c, i + 1, iv))).length,
    );
    cohorts.push({ cohort: c, size: members.length, returned });
  }
  const curve = Array.from({ length: q.periods }, (_, i) => {
    const reached = cohorts.filter((c) => c.returned[i] !== null);
    const size = reached.reduce((s, c) => s + c.size, 0);
    const returned = reached.reduce((s, c) => s + c.returned[i]!, 0);
    return { period: i + 1, returned, size, rate: size > 0 ? returned / size : null };
  });
  return { cohorts, curve };
}
