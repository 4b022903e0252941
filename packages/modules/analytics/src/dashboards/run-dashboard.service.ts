import type { Database } from '@resonance/db';
import { AppError, localDate, type Logger } from '@resonance/kernel';
import { METRICS } from '../catalog/metrics.catalog.js';
import type { AnalyticsPorts } from '../overview.types.js';
import { ivWeightsOf } from '../trends/iv-weights.repository.js';
import type { DashboardRun, TileResult } from './dashboard-run.schema.js';
import type { Dashboard, DashboardFilters } from './dashboard.schema.js';
import { resolveRange, scopeFilters } from './dashboard-scope.js';
import { mapLimit } from './map-limit.js';
import { QUERY_KIND_SPECS, scopeBody, type RunContext } from './query-kinds.js';
import { findSavedQueryRows } from './saved-queries.repository.js';
import { validateQueryBody } from './validate-query-body.js';

/** Tiles run in parallel, at most this many queries at once. */
export const TILE_CONCURRENCY = 4;

export interface RunDeps {
  db: Database;
  ports: AnalyticsPorts;
  now: Date;
  logger?: Logger;
}

function tileError(err: unknown, logger?: Logger): { code: string; message: string } {
  if (err instanceof AppError) {
    const fields = (err.details?.fields as { path: string; message: string }[] | undefined) ?? [];
    return { code: err.code, message: fields.length > 0 ? fields.map((f) => `${f.path}: ${f.message}`).join('; ') : err.message };
  }
  logger?.error('dashboard tile failed', { err: (err as Error)?.stack ?? String(err) });
  return { code: 'internal', message: 'The query failed' };
}

/**
 * Every tile of a dashboard computed by the same service function as its query route, with the
 * dashboard's range (a preset resolves to the last N local days ending today in the workspace zone)
 * and its platform/account/brand conditions added to the tile's filters. A tile that cannot run (its
 * kind has no service yet, its query is gone, the query fails) carries an error; the others still answer.
 */
export async function runDashboard(deps: RunDeps, workspaceId: string, dashboard: Dashboard, filters: DashboardFilters = dashboard.filters): Promise<DashboardRun> {
  const { db, ports } = deps;
  const [timeZone, ivWeights, accounts, queries] = await Promise.all([
    ports.workspaceTimeZone(db, workspaceId),
    ivWeightsOf(db, workspaceId),
    ports.listAccounts(db, workspaceId),
    findSavedQueryRows(db, workspaceId, dashboard.layout.map((t) => t.queryId)),
  ]);
  const range = resolveRange(filters.range, localDate(deps.now, timeZone));
  const scope = { range, filters: scopeFilters(filters, accounts) };
  const ctx: RunContext = { db, workspaceId, timeZone, ivWeights, now: deps.now };
  const byId = new Map(queries.map((q) => [q.id, q]));
  const layout = [...dashboard.layout].sort((a, b) => a.y - b.y || a.x - b.x);

  const tiles = await mapLimit(layout, TILE_CONCURRENCY, async (t): Promise<TileResult> => {
    const q = byId.get(t.queryId);
    if (!q) return { ...t, name: t.queryId, kind: null, body: {}, result: null, error: { code: 'not_found', message: 'The saved query of this tile no longer exists' } };
    const base = { ...t, name: q.name, kind: q.kind, body: q.body };
    const spec = QUERY_KIND_SPECS[q.kind];
    if (!spec?.run) return { ...base, result: null, error: { code: 'not_available', message: `${q.kind} queries cannot be computed yet` } };
    try {
      const body = validateQueryBody(q.kind, scopeBody(q.body, scope), 'tile.body');
      return { ...base, body, result: (await spec.run(ctx, body)) as TileResult['result'], error: null };
    } catch (err) {
      return { ...base, result: null, error: tileError(err, deps.logger) };
    }
  });
  const shown = new Set(
    tiles.flatMap((t) => (t.kind === 'trend' && Array.isArray(t.body.series) ? (t.body.series as { metric?: string }[]).flatMap((s) => (s.metric ? [s.metric] : [])) : [])),
  );
  const metrics = METRICS.filter((m) => shown.has(m.id)).map((m) => ({ id: m.id, name: m.name, description: m.description, formulaText: m.formulaText, unit: m.unit }));
  return {
    dashboard: { id: dashboard.id, name: dashboard.name, filters: dashboard.filters },
    filters,
    range,
    timeZone,
    accounts: accounts.map((a) => ({ id: a.id, name: a.name })),
    metrics,
    tiles,
  };
}
