import { z } from 'zod';
import { dateRange } from '../query/query.schema.js';

/** The grid is 24 columns wide (Ant Design's Row/Col); a tile's height is in rows of 160 px. */
export const GRID_COLUMNS = 24;
export const MAX_TILE_HEIGHT = 6;
export const MAX_TILES = 40;
export const RANGE_PRESETS = ['7d', '28d', '90d'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

export const tile = z
  .object({
    queryId: z.string().min(1).max(100),
    x: z.number().int().min(0).max(GRID_COLUMNS - 1),
    y: z.number().int().min(0).max(10_000),
    w: z.number().int().min(1).max(GRID_COLUMNS),
    h: z.number().int().min(1).max(MAX_TILE_HEIGHT),
  })
  .refine((t) => t.x + t.w <= GRID_COLUMNS, { message: `x + w must be at most ${GRID_COLUMNS}`, path: ['w'] });
export type Tile = z.infer<typeof tile>;
export const layout = z.array(tile).max(MAX_TILES);

/** The last N local days ending today (workspace zone, today included), or fixed local dates. */
export const dashboardRange = z.union([z.object({ preset: z.enum(RANGE_PRESETS) }), dateRange]);
export type DashboardRange = z.infer<typeof dashboardRange>;

/** Applied to every tile: its date range is replaced, the platform/account/brand conditions are added to its filters. */
export const dashboardFilters = z.object({
  range: dashboardRange,
  /** The events' platform column (e.g. `sandbox`, `weibo`). */
  platform: z.string().min(1).max(100).optional(),
  accountId: z.string().min(1).max(100).optional(),
  /** Events of the brand's accounts. */
  brandId: z.string().min(1).max(100).optional(),
});
export type DashboardFilters = z.infer<typeof dashboardFilters>;
export const DEFAULT_FILTERS: DashboardFilters = { range: { preset: '28d' } };

const name = z.string().trim().min(1, 'must not be empty').max(200);

export const newDashboardBody = z.object({
  name,
  layout: layout.default([]),
  filters: dashboardFilters.default(DEFAULT_FILTERS),
});
export type NewDashboard = z.infer<typeof newDashboardBody>;

export const updateDashboardBody = z
  .object({ name: name.optional(), layout: layout.optional(), filters: dashboardFilters.optional() })
  .refine((b) => b.name !== undefined || b.layout !== undefined || b.filters !== undefined, { message: 'send name, layout and/or filters' });
export type DashboardUpdate = z.infer<typeof updateDashboardBody>;

/** Appends a tile for a saved query below the others. */
export const addTileBody = z.object({
  queryId: z.string().min(1).max(100),
  w: z.number().int().min(1).max(GRID_COLUMNS).default(12),
  h: z.number().int().min(1).max(MAX_TILE_HEIGHT).default(2),
});

export const dashboardDto = z.object({
  id: z.string(),
  name: z.string(),
  layout: z.array(tile),
  filters: dashboardFilters,
  createdBy: z.string(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type Dashboard = z.infer<typeof dashboardDto> & { workspaceId: string };

export const dashboardParams = z.object({ workspaceId: z.string().min(1), dashboardId: z.string().min(1) });

/** Run a dashboard with other filters than it saved (the page's unsaved date range and filters). */
export const runDashboardBody = z.object({ filters: dashboardFilters.optional() });
