import type { Database } from '@resonance/db';

type Queryable = Pick<Database, 'query'>;

/** Local day (days since 1970-01-01 in the zone `tz`) of a timestamp expression. */
export const localDayNumber = (t: string, tz: string) => `((${t} at time zone ${tz})::date - date '1970-01-01')`;

/** Per (fan, name) and per (fan, '' = any event): first occurrence and distinct local days of the events matched by `where`. */
const FAN_DAYS = (where: string) => `
  select e.workspace_id, n.name, e.fan_id, min(e.occurred_at) as first_at, array_agg(distinct ${localDayNumber('e.occurred_at', '$2')}) as days
    from events e cross join lateral (values (e.name), ('')) as n(name)
   where e.workspace_id = $1 and e.fan_id is not null ${where}
   group by 1, 2, 3`;

const AGGREGATE = (dayFilter: string) => `
  insert into analytics_daily_rollup (workspace_id, day, name, platform, account_id, publication_id, n)
  select e.workspace_id, (e.occurred_at at time zone $2)::date, e.name, e.platform, coalesce(e.account_id, ''), coalesce(e.publication_id, ''), count(*)
    from events e where e.workspace_id = $1 ${dayFilter}
   group by 1, 2, 3, 4, 5, 6`;

/**
 * Rebuilds a workspace's whole rollup in the zone (one transaction: readers see the old or the new one).
 * Returns the seq it covers: the newest event received more than `settleSeconds` ago (committed, so in
 * this transaction's snapshot); newer rows are refreshed by day as usual.
 */
export async function rebuildWorkspace(db: Database, workspaceId: string, timeZone: string, now: Date, settleSeconds: number): Promise<number> {
  return db.withSession(async (s) => {
    await s.exec('begin');
    try {
      const [covered] = await s.query<{ seq: string | null }>(
        `select seq::text as seq from events where received_at < now() - make_interval(secs => $1) order by seq desc limit 1`,
        [settleSeconds],
      );
      const rebuiltSeq = Number(covered?.seq ?? 0);
      await s.query('delete from analytics_daily_rollup where workspace_id = $1', [workspaceId]);
      await s.query(AGGREGATE(''), [workspaceId, timeZone]);
      await s.query('delete from analytics_fan_days where workspace_id = $1', [workspaceId]);
      await s.query(`insert into analytics_fan_days (workspace_id, name, fan_id, first_at, days) ${FAN_DAYS('')}`, [workspaceId, timeZone]);
      await s.query(
        `insert into analytics_rollup_state (workspace_id, time_zone, rebuilt_at, rebuilt_seq) values ($1, $2, $3, $4)
         on conflict (workspace_id) do update set time_zone = excluded.time_zone, rebuilt_at = excluded.rebuilt_at, rebuilt_seq = excluded.rebuilt_seq`,
        [workspaceId, timeZone, now, rebuiltSeq],
      );
      await s.exec('commit');
      // a whole rebuild changes the tables' statistics: without them the planner guesses tiny tables (nested loops over millions of rows)
      await s.exec('analyze analytics_daily_rollup; analyze analytics_fan_days');
      return rebuiltSeq;
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

/**
 * Merges the events with seq in (afterSeq, upToSeq] (and above the workspace's last rebuild) into its
 * fan days: earliest first occurrence, union of days. Idempotent, so rows seen twice do no harm.
 */
export async function refreshFanDays(db: Queryable, workspaceId: string, timeZone: string, afterSeq: number, upToSeq: number): Promise<void> {
  await db.query(
    `insert into analytics_fan_days as t (workspace_id, name, fan_id, first_at, days)
     ${FAN_DAYS(`and e.seq > greatest($3::int8, (select rebuilt_seq from analytics_rollup_state where workspace_id = $1)) and e.seq <= $4::int8`)}
     on conflict (workspace_id, name, fan_id) do update
       set first_at = least(t.first_at, excluded.first_at),
           days = (select array_agg(distinct d order by d) from unnest(t.days || excluded.days) as d)`,
    [workspaceId, timeZone, afterSeq, upToSeq],
  );
}

/** Erasure: the fans' rows go from the fan days (the daily rollup holds no fan). */
export async function forgetFanActivity(db: Queryable, workspaceId: string, fanIds: readonly string[]): Promise<void> {
  if (fanIds.length > 0) await db.query('delete from analytics_fan_days where workspace_id = $1 and fan_id = any($2::text[])', [workspaceId, fanIds]);
}

export async function rollupZone(db: Queryable, workspaceId: string): Promise<string | null> {
  const rows = await db.query<{ time_zone: string }>('select time_zone from analytics_rollup_state where workspace_id = $1', [workspaceId]);
  return rows[0]?.time_zone ?? null;
}

/**
 * Drops a workspace's rollups (e.g. after events were erased or anonymised): trends and retention read
 * raw events until the next refresh rebuilds them. Fan days go at once: they name fans.
 */
export async function invalidateRollup(db: Queryable, workspaceId: string): Promise<void> {
  await db.query('delete from analytics_rollup_state where workspace_id = $1', [workspaceId]);
  await db.query('delete from analytics_fan_days where workspace_id = $1', [workspaceId]);
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

export interface RollupState {
  timeZone: string;
  rebuiltAt: Date;
  rebuiltSeq: number;
}

export async function rollupState(db: Queryable, workspaceId: string): Promise<RollupState | null> {
  const [r] = await db.query<{ time_zone: string; rebuilt_at: Date; rebuilt_seq: string }>(
    'select time_zone, rebuilt_at, rebuilt_seq::text as rebuilt_seq from analytics_rollup_state where workspace_id = $1',
    [workspaceId],
  );
  return r ? { timeZone: r.time_zone, rebuiltAt: r.rebuilt_at, rebuiltSeq: Number(r.rebuilt_seq) } : null;
}

/** Local days of a workspace's events after the cursor and its last rebuild: not in the rollup yet (trends read them raw). */
export async function pendingDays(db: Queryable, workspaceId: string, timeZone: string, cursor: number): Promise<string[]> {
  const rows = await db.query<{ day: string }>(
    `select distinct to_char((occurred_at at time zone $2)::date, 'YYYY-MM-DD') as day from events
      where seq > greatest($3::int8, (select rebuilt_seq from analytics_rollup_state where workspace_id = $1)) and workspace_id = $1`,
    [workspaceId, timeZone, cursor],
  );
  return rows.map((r) => r.day);
}
