/**
 * The three R3 benchmark queries: the API request, a plain-SQL baseline over the raw `events` table
 * written as an analyst would (no rollups, no tricks beyond the table's own indexes), and how to
 * reduce both answers to the same comparable shape.
 */
export interface BenchQuery {
  key: string;
  description: string;
  targetMs: number;
  path: string;
  body: unknown;
  baseline(workspaceId: string): { sql: string; params: unknown[] };
  apiAnswer(result: any): unknown;
  baselineAnswer(rows: Record<string, unknown>[]): unknown;
}

const DAY = 86_400_000;
const localDate = (d: Date, timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
const addDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
/** Monday of the week of a local date. */
const monday = (date: string) => addDays(date, -((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7));

const TREND_EVENTS = ['impression', 'video_view', 'like', 'comment', 'share'];
const FUNNEL_STEPS = ['video_view', 'like', 'share'];
const WINDOW_SECONDS = 7 * 86_400;
const WEEKS = 8;

export function benchQueries(now: Date, timeZone: string): BenchQuery[] {
  const today = localDate(now, timeZone);
  const from30 = addDays(today, -29);
  const retentionFrom = addDays(monday(today), -7 * (WEEKS - 1));
  const thisMonday = monday(today);
  /** `col` within the local dates [from, to] of the zone in parameter $2. */
  const within = (from: string, to: string, col = 'occurred_at') =>
    `${col} >= ('${from}'::date::timestamp at time zone $2) and ${col} < ('${addDays(to, 1)}'::date::timestamp at time zone $2)`;
  return [
    {
      key: 'trend',
      description: `30-day daily trend by event type (${TREND_EVENTS.length} event types, ${from30} – ${today})`,
      targetMs: 300,
      path: '/queries/trend',
      body: { range: { from: from30, to: today }, interval: 'day', series: TREND_EVENTS.map((event) => ({ event })) },
      baseline: (ws) => ({
        sql: `select name, (occurred_at at time zone $2)::date::text as day, count(*)::int as n
                from events
               where workspace_id = $1 and name = any($3::text[]) and ${within(from30, today)}
               group by 1, 2`,
        params: [ws, timeZone, TREND_EVENTS],
      }),
      apiAnswer: (r) =>
        Object.fromEntries(
          r.series.map((s: any, i: number) => [TREND_EVENTS[i], Object.fromEntries(s.lines[0].points.filter((p: any) => p.value > 0).map((p: any) => [p.bucket.slice(0, 10), p.value]))]),
        ),
      baselineAnswer: (rows) => {
        const out: Record<string, Record<string, number>> = Object.fromEntries(TREND_EVENTS.map((e) => [e, {}]));
        for (const r of rows.sort((a, b) => String(a.day).localeCompare(String(b.day)))) out[r.name as string]![r.day as string] = Number(r.n);
        return out;
      },
    },
    {
      key: 'funnel',
      description: `3-step funnel ${FUNNEL_STEPS.join(' → ')}, 7-day window, first step in ${from30} – ${today}`,
      targetMs: 1000,
      path: '/queries/funnel',
      body: { range: { from: from30, to: today }, steps: FUNNEL_STEPS.map((event) => ({ event })), windowSeconds: WINDOW_SECONDS },
      // for every step-1 event in the range, the earliest next step after it (and so on), within the window of that step-1 event
      baseline: (ws) => ({
        sql: `with s1 as (
                select fan_id as f, occurred_at as t1 from events
                 where workspace_id = $1 and fan_id is not null and name = $3 and ${within(from30, today)}
              ), s2 as (
                select s1.f, s1.t1, (select min(e.occurred_at) from events e where e.workspace_id = $1 and e.fan_id = s1.f and e.name = $4
                                        and e.occurred_at > s1.t1 and e.occurred_at <= s1.t1 + interval '${WINDOW_SECONDS} seconds') as t2
                  from s1
              ), s3 as (
                select s2.f, (select min(e.occurred_at) from events e where e.workspace_id = $1 and e.fan_id = s2.f and e.name = $5
                                 and e.occurred_at > s2.t2 and e.occurred_at <= s2.t1 + interval '${WINDOW_SECONDS} seconds') as t3
                  from s2 where s2.t2 is not null
              )
              select (select count(distinct f) from s1)::int as c1,
                     (select count(distinct f) from s2 where t2 is not null)::int as c2,
                     (select count(distinct f) from s3 where t3 is not null)::int as c3`,
        params: [ws, timeZone, FUNNEL_STEPS[0], FUNNEL_STEPS[1], FUNNEL_STEPS[2]],
      }),
      apiAnswer: (r) => r.steps.map((s: any) => s.fans),
      baselineAnswer: (rows) => [rows[0]!.c1, rows[0]!.c2, rows[0]!.c3].map(Number),
    },
    {
      key: 'retention',
      description: `${WEEKS}-week weekly retention: first video_view → any event, cohorts ${retentionFrom} – ${today}, ${WEEKS} periods`,
      targetMs: 1000,
      path: '/queries/retention',
      body: { range: { from: retentionFrom, to: today }, interval: 'week', startEvent: { event: 'video_view' }, returnEvent: 'any', mode: 'first_time', periods: WEEKS },
      baseline: (ws) => ({
        sql: `with firsts as (
                select fan_id as f, min(occurred_at) as first_at from events
                 where workspace_id = $1 and fan_id is not null and name = $3 group by 1
              ), cohort as (
                select f, date_trunc('week', first_at at time zone $2)::date as c from firsts where ${within(retentionFrom, today, 'first_at')}
              ), active as (
                select distinct fan_id as f, date_trunc('week', occurred_at at time zone $2)::date as w from events
                 where workspace_id = $1 and fan_id is not null and ${within(addDays(retentionFrom, 7), addDays(thisMonday, 6))}
              )
              select c::text as cohort, 0 as p, count(*)::int as n from cohort group by 1
              union all
              select c.c::text, ((a.w - c.c) / 7)::int, count(*)::int
                from cohort c join active a on a.f = c.f and a.w > c.c and a.w <= c.c + ${7 * WEEKS}
               group by 1, 2`,
        params: [ws, timeZone, 'video_view'],
      }),
      apiAnswer: (r) => r.cohorts.filter((c: any) => c.size > 0).map((c: any) => [c.cohort, c.size, c.returned.filter((x: number | null) => x !== null)]),
      baselineAnswer: (rows) => {
        // p = 0: the cohort's size; p ≥ 1: fans of the cohort active p weeks later
        const cohorts = new Map<string, { size: number; ret: Map<number, number> }>();
        for (const r of rows) {
          const c = cohorts.get(r.cohort as string) ?? { size: 0, ret: new Map<number, number>() };
          cohorts.set(r.cohort as string, c);
          if (Number(r.p) === 0) c.size = Number(r.n);
          else c.ret.set(Number(r.p), Number(r.n));
        }
        return [...cohorts.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([cohort, c]) => {
            const observable = Math.min(WEEKS, Math.round((Date.parse(thisMonday) - Date.parse(cohort)) / (7 * DAY)));
            return [cohort, c.size, Array.from({ length: observable }, (_, i) => c.ret.get(i + 1) ?? 0)];
          });
      },
    },
  ];
}
