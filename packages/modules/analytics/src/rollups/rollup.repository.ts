import type { Database } from '@resonance/db';

type Queryable = Pick<Database, 'query'>;

const AGGREGATE = (dayFilter: string) => `
  insert into analytics_daily_rollup (workspace_id, day, name, platform, account_id, publication_id, n)
  select e.workspace_id, (e.occurred_at at time zone $2)::date, e.name, e.platform, coalesce(e.account_id, ''), coalesce(e.publication_id, ''), count(*)
    from events e where e.workspace_id = $1 ${dayFilter}
   group by 1, 2, 3, 4, 5, 6`;

/** Rebuilds a workspace's whole rollup in the zone (one transaction: readers see the old or the new one). */
export async function rebuildWorkspace(db: Database, workspaceId: string, timeZone: string, now: Date): Promise<void> {
  await db.withSession(async (s) => {
    await s.exec('begin');
    try {
      await s.query('delete from analytics_daily_rollup where workspace_id = $1', [workspaceId]);
      await s.query(AGGREGATE(''), [workspaceId, timeZone]);
      await s.query(
        `insert into analytics_rollup_state (workspace_id, time_zone, rebuilt_at) values ($1, $2, $3)
         on conflict (workspace_id) do update set time_zone = excluded.time_zone, rebuilt_at = excluded.rebuilt_at`,
        [workspaceId, timeZone, now],
      );
      await s.exec('commit');
    } catch (err) {
      await s.exec('rollback');
      throw err;
    }
  });
}

/** Recomputes the given local days of a workspace from raw events (idempotent). */
export async function refreshDays(db: Database, workspaceId: string, timeZone: string, days: readonly string[]): Promise<void> {
  if (days.length === 0) return;
  await db.withSession(async (s) => {
    await s.exec('begin');
    try {
      await s.query('delete from analytics_daily_rollup where workspace_id = $1 and day = any($2::date[])', [workspaceId, days]);
      // the day's instants, so the scan uses (workspace_id, occurred_at)
      await s.query(
        AGGREGATE(`and exists (select 1 from unnest($3::date[]) d where e.occurred_at >= d::timestamp at time zone $2 and e.occurred_at < (d + 1)::timestamp at time zone $2)`),
        [workspaceId, timeZone, days],
      );
      await s.exec('commit');
    } catch (err) {
      await s.exec('rollback');
      throw err;
    }
  });
}

export async function rollupZone(db: Queryable, workspaceId: string): Promise<string | null> {
  const rows = await db.query<{ time_zone: string }>('select time_zone from analytics_rollup_state where workspace_id = $1', [workspaceId]);
  return rows[0]?.time_zone ?? null;
}

/** Drops a workspace's rollup (e.g. after events were erased): trends read raw events until the next refresh rebuilds it. */
export async function invalidateRollup(db: Queryable, workspaceId: string): Promise<void> {
  await db.query('delete from analytics_rollup_state where workspace_id = $1', [workspaceId]);
}

export async function readCursor(db: Queryable): Promise<number> {
  return Number((await db.query<{ seq: string }>('select seq::text as seq from analytics_rollup_cursor where id = 1'))[0]?.seq ?? 0);
}

export async function writeCursor(db: Queryable, seq: number): Promise<void> {
  await db.query('update analytics_rollup_cursor set seq = greatest(seq, $1) where id = 1', [seq]);
}

/**
 * Local days, per workspace, of events after the cursor (by primary key), and how far the cursor may
 * move: to the newest seq received more than `settleSeconds` ago — a row whose transaction is still
 * open may carry a smaller seq than rows already visible, so the newest rows are looked at again next time.
 */
export async function newEventDays(db: Queryable, cursor: number, settleSeconds: number, limit: number) {
  return db.query<{ workspace_id: string; occurred_at: Date; seq: string; settled: boolean }>(
    `select workspace_id, occurred_at, seq::text as seq, received_at < now() - make_interval(secs => $2) as settled
       from events where seq > $1 order by seq limit $3`,
    [cursor, settleSeconds, limit],
  );
}

/** Local days of a workspace's events after the cursor: not in the rollup yet (trends read them raw). */
export async function pendingDays(db: Queryable, workspaceId: string, timeZone: string, cursor: number): Promise<string[]> {
  const rows = await db.query<{ day: string }>(
    `select distinct to_char((occurred_at at time zone $2)::date, 'YYYY-MM-DD') as day from events where seq > $3 and workspace_id = $1`,
    [workspaceId, timeZone, cursor],
  );
  return rows.map((r) => r.day);
}
