/**
 * Wall-clock time in an IANA time zone ↔ instants, with Intl only (no date library in the server).
 * Days are local dates `YYYY-MM-DD`; weekdays are 0 = Monday … 6 = Sunday (as in the bestTimes port).
 */
export interface ZonedParts {
  date: string;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  hour: number;
  minute: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();
function format(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formats.set(timeZone, f);
  }
  return f;
}

function fields(instant: number, timeZone: string) {
  const p: Record<string, number> = {};
  for (const part of format(timeZone).formatToParts(new Date(instant))) if (part.type !== 'literal') p[part.type] = Number(part.value);
  return { y: p.year!, mo: p.month!, d: p.day!, h: p.hour! % 24, mi: p.minute!, s: p.second! };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Weekday (0 = Monday) of a local date. */
export function weekdayOf(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** The local date `days` after `date` (negative goes back). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Date, weekday and wall-clock time of an instant in a zone. */
export function zonedParts(instant: Date, timeZone: string): ZonedParts {
  const f = fields(instant.getTime(), timeZone);
  const date = `${f.y}-${pad(f.mo)}-${pad(f.d)}`;
  return { date, weekday: weekdayOf(date), hour: f.h, minute: f.mi };
}

/** The zone's offset from UTC at an instant, in milliseconds (Shanghai: +8 h). */
function offsetAt(instant: number, timeZone: string): number {
  const f = fields(instant, timeZone);
  return Date.UTC(f.y, f.mo - 1, f.d, f.h, f.mi, f.s) - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a local date and `HH:MM` occur in a zone. Like Temporal's `compatible` disambiguation:
 * a time repeated when clocks go back is its first occurrence; a time skipped when clocks go forward
 * moves forward by the gap (02:30 on a spring-forward night in New York is 03:30 EDT).
 */
export function zonedTimeToInstant(date: string, time: string, timeZone: string): Date {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  const before = offsetAt(wall - 86_400_000, timeZone);
  const after = offsetAt(wall + 86_400_000, timeZone);
  const valid = [...new Set([before, after])]
    .map((o) => wall - o)
    .filter((t) => {
      const f = fields(t, timeZone);
      return Date.UTC(f.y, f.mo - 1, f.d, f.h, f.mi) === wall;
    })
    .sort((a, b) => a - b);
  return new Date(valid[0] ?? wall - before);
}
