import type { JobDefinition, ModuleContext } from '@resonance/http';
import type { AnalyticsPorts } from '../overview.types.js';
import { newEventDays, readCursor, rebuildWorkspace, refreshDays, refreshFanDays, rollupState, writeCursor, type RollupState } from './rollup.repository.js';

export const REFRESH_ROLLUPS_JOB = 'analytics.refresh-rollups';
/** Rows read per step; a run keeps stepping until caught up or `RUN_BUDGET_MS` has passed. */
const STEP = 100_000;
const RUN_BUDGET_MS = 45_000;
/** Seconds after which an event row's transaction is assumed finished (see newEventDays). */
export const SETTLE_SECONDS = 120;
const DAY_MS = 86_400_000;

const localDay = (tz: string) => {
  const f = new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' });
  return (d: Date) => f.format(d);
};

/**
 * One refresh: follows the event store by seq from the cursor; a workspace without a rollup, with a
 * rollup in another zone, or rebuilt more than a day ago (after retention and erasures) is rebuilt
 * whole, otherwise only the local days new events fell on are recomputed.
 */
export async function refreshRollups(
  ctx: Pick<ModuleContext, 'db' | 'clock' | 'logger'>,
  ports: Pick<AnalyticsPorts, 'workspaceTimeZone'>,
  opts: { settleSeconds?: number } = {},
): Promise<{ rows: number; rebuilt: number; days: number }> {
  const started = Date.now();
  const settle = opts.settleSeconds ?? SETTLE_SECONDS;
  const rebuilt = new Set<string>();
  const zones = new Map<string, string>();
  const states = new Map<string, RollupState | null>();
  const state = async (ws: string) => {
    if (!states.has(ws)) states.set(ws, await rollupState(ctx.db, ws));
    return states.get(ws)!;
  };
  let rows = 0;
  let days = 0;
  for (;;) {
    const cursor = await readCursor(ctx.db);
    const batch = await newEventDays(ctx.db, cursor, settle, STEP);
    if (batch.length === 0) break;
    const byWorkspace = new Map<string, Set<string>>();
    for (const r of batch) {
      if (rebuilt.has(r.workspace_id)) continue;
      // rows a whole rebuild already counted
      if (Number(r.seq) <= ((await state(r.workspace_id))?.rebuiltSeq ?? 0)) continue;
      if (!zones.has(r.workspace_id)) zones.set(r.workspace_id, await ports.workspaceTimeZone(ctx.db, r.workspace_id));
      const set = byWorkspace.get(r.workspace_id) ?? new Set<string>();
      set.add(localDay(zones.get(r.workspace_id)!)(r.occurred_at));
      byWorkspace.set(r.workspace_id, set);
    }
    for (const [ws, wsDays] of byWorkspace) {
      const tz = zones.get(ws)!;
      const st = await state(ws);
      const stale = !st || st.timeZone !== tz || ctx.clock.now().getTime() - st.rebuiltAt.getTime() > DAY_MS;
      if (stale) {
        await rebuildWorkspace(ctx.db, ws, tz, ctx.clock.now(), settle);
        rebuilt.add(ws);
        states.delete(ws);
      } else {
        await refreshDays(ctx.db, ws, tz, [...wsDays]);
        await refreshFanDays(ctx.db, ws, tz, cursor, Number(batch[batch.length - 1]!.seq));
        days += wsDays.size;
      }
    }
    rows += batch.length;
    const firstUnsettled = batch.find((r) => !r.settled);
    const next = firstUnsettled ? Number(firstUnsettled.seq) - 1 : Number(batch[batch.length - 1]!.seq);
    await writeCursor(ctx.db, next);
    if (firstUnsettled || batch.length < STEP || Date.now() - started > RUN_BUDGET_MS) break;
  }
  return { rows, rebuilt: rebuilt.size, days };
}

/** Every minute (pg-boss cron). Rollups are an optimisation: trends read raw events for whatever is not rolled up. */
export function refreshRollupsJob(ports: AnalyticsPorts): JobDefinition<object> {
  return {
    name: REFRESH_ROLLUPS_JOB,
    cron: '* * * * *',
    retryLimit: 0,
    async handler(_data, ctx) {
      const r = await refreshRollups(ctx, ports);
      if (r.rows > 0) ctx.logger.info('analytics rollups refreshed', r);
    },
  };
}
