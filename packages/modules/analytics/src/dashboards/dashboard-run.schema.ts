import { z } from 'zod';
import { funnelResponse } from '../funnels/funnel.schema.js';
import { pathsResponse } from '../paths/paths.schema.js';
import { retentionResponse } from '../retention/retention.schema.js';
import { trendResponse } from '../trends/trend.schema.js';
import { dashboardFilters, tile } from './dashboard.schema.js';
import { QUERY_KINDS } from './query-kinds.js';

const localized = z.object({ 'zh-CN': z.string(), en: z.string() });

export const tileResult = z.object({
  ...tile.shape,
  name: z.string(),
  /** null when the tile's saved query no longer exists. */
  kind: z.enum(QUERY_KINDS).nullable(),
  /** The body the tile ran: the saved query's, with the dashboard's range and filters applied. */
  body: z.record(z.string(), z.unknown()),
  /** What `POST …/queries/<kind>` answers for that body (a trend's response for kind trend, …); null on error. */
  result: z.union([trendResponse, funnelResponse, retentionResponse, pathsResponse]).nullable(),
  /** Why this tile has no result (the others are unaffected). */
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export type TileResult = z.infer<typeof tileResult>;

export const dashboardRunResponse = z.object({
  dashboard: z.object({ id: z.string(), name: z.string(), filters: dashboardFilters }),
  /** The filters the tiles ran with (the saved ones, or those sent). */
  filters: dashboardFilters,
  /** The local dates every tile covered. */
  range: z.object({ from: z.string(), to: z.string() }),
  timeZone: z.string(),
  /** Names of the workspace's accounts, to label account breakdowns. */
  accounts: z.array(z.object({ id: z.string(), name: z.string() })),
  /** The catalog definitions of the metrics the tiles show (a shared dashboard cannot read GET …/metrics). */
  metrics: z.array(
    z.object({ id: z.string(), name: localized, description: localized, formulaText: z.string(), unit: z.string() }),
  ),
  tiles: z.array(tileResult),
});
export type DashboardRun = z.infer<typeof dashboardRunResponse>;

/** A shared dashboard, read-only (neither the workspace's id nor its members' are in it). */
export const sharedDashboardResponse = dashboardRunResponse.extend({ expiresAt: z.date() });
