import type { Database } from '@resonance/db';
import { localDate } from '@resonance/kernel';
import { rangeBounds } from '../query/range-bounds.js';
import { DEFAULT_EVENT_NAME_DAYS, type EventNames, type EventNamesQuery } from './event-names.schema.js';

/** $1 workspace, $2 start, $3 end, $4 limit → names seen in [start, end) with their event counts. */
export const EVENT_NAMES_SQL = `
select e.name, count(*)::int as count
  from events e
 where e.workspace_id = $1 and e.occurred_at >= $2 and e.occurred_at < $3
 group by e.name
 order by count desc, e.name
 limit $4`;

const addDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Event names seen in the workspace in a range of local dates (for pickers), with how often. */
export async function listEventNames(db: Database, workspaceId: string, q: EventNamesQuery, ctx: { timeZone: string; now: Date }): Promise<EventNames> {
  let range: { from: string; to: string };
  if (q.from && q.to) range = { from: q.from, to: q.to };
  else {
    const today = localDate(ctx.now, ctx.timeZone);
    range = { from: addDays(today, -(DEFAULT_EVENT_NAME_DAYS - 1)), to: today };
  }
  const b = await rangeBounds(db, range, ctx.timeZone);
  const names = await db.query<{ name: string; count: number }>(EVENT_NAMES_SQL, [workspaceId, b.start, b.end, q.limit]);
  return { range, names };
}
