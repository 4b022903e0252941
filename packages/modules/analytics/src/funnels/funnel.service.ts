import type { Database } from '@resonance/db';
import { CSV_BOM, csvLine } from '@resonance/kernel';
import { rangeBounds } from '../query/range-bounds.js';
import { localDateTime } from './funnel-csv.js';
import { selectFunnelFans, selectFunnelSteps, type FunnelStepRow } from './funnel.repository.js';
import type { FunnelFan, FunnelFansCsvQuery, FunnelFansQuery, FunnelQuery, FunnelResult, FunnelStepResult } from './funnel.schema.js';

/** Upper bound of one CSV export; the paged JSON route (`…/funnel/fans`) lists any number. */
export const FUNNEL_CSV_MAX_ROWS = 100_000;

export interface FunnelContext {
  timeZone: string;
}

const rate = (num: number, den: number) => (den > 0 ? num / den : 0);

/** Step results from fans per step (index 0 = step 1) and median µs from the previous step. */
export function stepResults(events: readonly string[], fans: readonly number[], medianUs: readonly (number | null)[]): FunnelStepResult[] {
  return events.map((event, i) => ({
    step: i + 1,
    event,
    fans: fans[i] ?? 0,
    conversionFromPrevious: i === 0 ? rate(fans[0] ?? 0, fans[0] ?? 0) : rate(fans[i] ?? 0, fans[i - 1] ?? 0),
    conversionFromFirst: rate(fans[i] ?? 0, fans[0] ?? 0),
    dropped: i === 0 ? 0 : (fans[i - 1] ?? 0) - (fans[i] ?? 0),
    medianSecondsFromPrevious: i === 0 || medianUs[i] === null || medianUs[i] === undefined ? null : medianUs[i]! / 1e6,
  }));
}

async function sqlInput(db: Database, q: FunnelQuery, ctx: FunnelContext) {
  const b = await rangeBounds(db, q.range, ctx.timeZone);
  return { steps: q.steps, order: q.order, exclusion: q.exclusion, breakdown: q.breakdown, filters: q.filters, windowSeconds: q.windowSeconds, start: b.start, end: b.end };
}

/** A funnel over the event store (definitions: README.md, "Funnels"). */
export async function runFunnel(db: Database, workspaceId: string, q: FunnelQuery, ctx: FunnelContext): Promise<FunnelResult> {
  const rows = await selectFunnelSteps(db, workspaceId, await sqlInput(db, q, ctx), q.breakdownLimit);
  const events = q.steps.map((s) => s.event);
  const series = (of: FunnelStepRow[]) => {
    const fans = events.map(() => 0);
    const median: (number | null)[] = events.map(() => null);
    for (const r of of) {
      fans[r.k! - 1] = r.fans;
      median[r.k! - 1] = r.median_us;
    }
    return stepResults(events, fans, median);
  };
  const steps = rows.filter((r) => r.kind === 'step');
  const byRank = new Map<number, FunnelStepRow[]>();
  for (const r of steps) if (r.rn !== null) byRank.set(r.rn, [...(byRank.get(r.rn) ?? []), r]);
  return {
    timeZone: ctx.timeZone,
    range: { from: q.range.from, to: q.range.to },
    order: q.order,
    windowSeconds: q.windowSeconds,
    steps: series(steps.filter((r) => r.rn === null)),
    breakdown: q.breakdown
      ? {
          field: q.breakdown.field,
          ...(q.breakdown.property ? { property: q.breakdown.property } : {}),
          totalValues: rows.find((r) => r.kind === 'values')?.fans ?? 0,
          values: [...byRank.keys()].sort((a, b) => a - b).map((rn) => ({ value: byRank.get(rn)![0]!.bd, steps: series(byRank.get(rn)!) })),
        }
      : null,
  };
}

const fanOut = (r: { fanId: string; lastStep: number; reachedAt: Date }): FunnelFan => ({ fanId: r.fanId, lastStep: r.lastStep, reachedAt: r.reachedAt.toISOString() });

/** A page of the fans who converted at (reached) or dropped before a step, ordered by fan id. */
export async function listFunnelFans(
  db: Database,
  workspaceId: string,
  q: FunnelFansQuery,
  ctx: FunnelContext,
): Promise<{ items: FunnelFan[]; nextCursor: string | null }> {
  const rows = await selectFunnelFans(db, workspaceId, await sqlInput(db, q, ctx), {
    step: q.step, status: q.status, breakdownValue: q.breakdownValue, cursor: q.cursor, limit: q.limit + 1,
  });
  const items = rows.slice(0, q.limit).map(fanOut);
  return { items, nextCursor: rows.length > q.limit ? items[items.length - 1]!.fanId : null };
}

export const FUNNEL_CSV_HEADER = ['fan_id', 'last_step', 'reached_at', 'reached_at_local'] as const;

/** The same fans as CSV (BOM, CRLF, formula-safe cells); at most FUNNEL_CSV_MAX_ROWS, `truncated` when there were more. */
export async function funnelFansCsv(
  db: Database,
  workspaceId: string,
  q: FunnelFansCsvQuery,
  ctx: FunnelContext,
): Promise<{ csv: string; rows: number; truncated: boolean }> {
  const rows = await selectFunnelFans(db, workspaceId, await sqlInput(db, q, ctx), {
    step: q.step, status: q.status, breakdownValue: q.breakdownValue, limit: FUNNEL_CSV_MAX_ROWS + 1,
  });
  const kept = rows.slice(0, FUNNEL_CSV_MAX_ROWS);
  let csv = CSV_BOM + csvLine(FUNNEL_CSV_HEADER);
  for (const r of kept) csv += csvLine([r.fanId, r.lastStep, r.reachedAt.toISOString(), localDateTime(r.reachedAt, ctx.timeZone)]);
  return { csv, rows: kept.length, truncated: rows.length > FUNNEL_CSV_MAX_ROWS };
}
