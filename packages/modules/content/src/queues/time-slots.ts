import { addDays, weekdayOf, zonedParts, zonedTimeToInstant } from './zoned-time.js';

/** One queue slot: a weekday (0 = Monday … 6 = Sunday) and a local time `HH:MM` in the workspace zone. */
export interface QueueSlot {
  weekday: number;
  time: string;
}

/** How far ahead "add to queue" looks for a free slot. */
export const QUEUE_HORIZON_DAYS = 90;

const minuteOf = (d: Date) => Math.floor(d.getTime() / 60_000);

/** Slots sorted by weekday then time, duplicates removed. */
export function normaliseSlots(slots: readonly QueueSlot[]): QueueSlot[] {
  const seen = new Map<string, QueueSlot>();
  for (const s of slots) seen.set(`${s.weekday}|${s.time}`, { weekday: s.weekday, time: s.time });
  return [...seen.values()].sort((a, b) => a.weekday - b.weekday || a.time.localeCompare(b.time));
}

/**
 * The instants of the queue's slots strictly after `after`, in order, over `days` local days starting with
 * the local date of `after` (a DST gap can map two slots to one instant: it is listed once).
 */
export function upcomingSlotTimes(slots: readonly QueueSlot[], after: Date, timeZone: string, days: number): Date[] {
  const sorted = normaliseSlots(slots);
  if (!sorted.length) return [];
  const start = zonedParts(after, timeZone).date;
  const out: Date[] = [];
  let last = -Infinity;
  for (let i = 0; i < days; i++) {
    const date = addDays(start, i);
    const weekday = weekdayOf(date);
    for (const s of sorted) {
      if (s.weekday !== weekday) continue;
      const t = zonedTimeToInstant(date, s.time, timeZone);
      if (t.getTime() > after.getTime() && t.getTime() > last) {
        out.push(t);
        last = t.getTime();
      }
    }
  }
  return out;
}

/** The first slot after `after` that no variant of the account already occupies (same minute), or null. */
export function nextFreeSlot(
  slots: readonly QueueSlot[],
  taken: readonly Date[],
  after: Date,
  timeZone: string,
  days = QUEUE_HORIZON_DAYS,
): Date | null {
  const busy = new Set(taken.map(minuteOf));
  return upcomingSlotTimes(slots, after, timeZone, days).find((t) => !busy.has(minuteOf(t))) ?? null;
}
