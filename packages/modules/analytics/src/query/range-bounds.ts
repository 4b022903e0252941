import type { Database } from '@resonance/db';
import type { DateRange } from './query.schema.js';

/** A date range as instants: `[start, end)` = the first instant of `from` … the first instant after `to`, in the zone. */
export interface RangeBounds {
  start: Date;
  end: Date;
}

/** $1 from, $2 to, $3 tz → the range's first instant and the first instant after its last day. */
export const RANGE_BOUNDS_SQL = `
select ($1::date::timestamp at time zone $3::text) as start,
       (($2::date + 1)::timestamp at time zone $3::text) as stop`;

/** Local-date range → instants in the workspace time zone (a 23- or 25-hour day across DST is still one day). */
export async function rangeBounds(db: Database, range: DateRange, timeZone: string): Promise<RangeBounds> {
  const row = (await db.query<{ start: Date; stop: Date }>(RANGE_BOUNDS_SQL, [range.from, range.to, timeZone]))[0]!;
  return { start: row.start, end: row.stop };
}

/** Microseconds since the epoch as an exact integer (instants from dates are whole milliseconds). */
export const epochMicros = (d: Date): string => `${BigInt(d.getTime()) * 1000n}`;
