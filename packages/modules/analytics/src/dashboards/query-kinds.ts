import type { Database } from '@resonance/db';
import type { z } from 'zod';
import { DEFAULT_IV_WEIGHTS } from '../catalog/metrics.catalog.js';
import { funnelBody, type FunnelQuery } from '../funnels/funnel.schema.js';
import { runFunnel } from '../funnels/funnel.service.js';
import { pathsBody, type PathsQuery } from '../paths/paths.schema.js';
import { runPaths } from '../paths/paths.service.js';
import type { DateRange, EventFilter } from '../query/query.schema.js';
import { retentionBody, type RetentionQuery } from '../retention/retention.schema.js';
import { runRetention } from '../retention/retention.service.js';
import { planOf } from '../trends/measure.js';
import { trendBody, type TrendBody } from '../trends/trend.schema.js';
import { computeTrend } from '../trends/trend.service.js';

export const QUERY_KINDS = ['trend', 'funnel', 'retention', 'paths'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

/** What running a query needs besides its body. */
export interface RunContext {
  db: Database;
  workspaceId: string;
  timeZone: string;
  ivWeights: Readonly<Record<string, number>>;
  /** Retention leaves periods that have not started yet empty. */
  now: Date;
}

/** A dashboard's range and conditions as they apply to one tile. */
export interface TileScope {
  range: DateRange;
  filters: EventFilter[];
}

export interface QueryKindSpec {
  /** The body `POST …/queries/<kind>` accepts; a saved query's body is validated by it when saved. */
  schema: z.ZodType;
  /** Checks beyond the schema (e.g. that a trend's metrics are in the catalog); throws a ValidationError naming `path`. */
  check?(body: unknown, path: string): void;
  /** The same service function the query route runs; absent while a kind has no service yet. */
  run?(ctx: RunContext, body: unknown): Promise<unknown>;
}

/** Every kind's body has a local-date `range` and `filters` on all of its events: a tile gets the dashboard's range and its filters added. */
export function scopeBody(body: Record<string, unknown>, scope: TileScope): Record<string, unknown> {
  const own = Array.isArray(body.filters) ? (body.filters as EventFilter[]) : [];
  return { ...body, range: scope.range, filters: [...own, ...scope.filters] };
}

/**
 * The query kinds dashboards and saved queries know, each run by the same service function as its
 * `POST …/queries/<kind>` route. (A kind without `run` could be saved but its tiles would answer a
 * per-tile `not_available` error; a kind without a spec cannot be saved.)
 */
export const QUERY_KIND_SPECS: Readonly<Partial<Record<QueryKind, QueryKindSpec>>> = {
  trend: {
    schema: trendBody,
    check: (body, path) => (body as TrendBody).series.forEach((s, i) => planOf(s, `${path}.series[${i}]`, DEFAULT_IV_WEIGHTS)),
    run: (ctx, body) => computeTrend(ctx.db, ctx.workspaceId, body as TrendBody, { timeZone: ctx.timeZone, ivWeights: ctx.ivWeights }),
  },
  funnel: { schema: funnelBody, run: (ctx, body) => runFunnel(ctx.db, ctx.workspaceId, body as FunnelQuery, { timeZone: ctx.timeZone }) },
  retention: {
    schema: retentionBody,
    run: (ctx, body) => runRetention(ctx.db, ctx.workspaceId, body as RetentionQuery, { timeZone: ctx.timeZone, now: ctx.now }),
  },
  paths: { schema: pathsBody, run: (ctx, body) => runPaths(ctx.db, ctx.workspaceId, body as PathsQuery, { timeZone: ctx.timeZone }) },
};
