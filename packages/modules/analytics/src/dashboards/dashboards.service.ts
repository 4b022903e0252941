import type { Database } from '@resonance/db';
import { invalidField, newId, notFound, type Clock } from '@resonance/kernel';
import { GRID_COLUMNS, MAX_TILES, type Dashboard, type DashboardUpdate, type NewDashboard, type Tile } from './dashboard.schema.js';
import { deleteDashboardRow, findDashboardRow, insertDashboard, listDashboardRows, updateDashboardRow } from './dashboards.repository.js';
import { findSavedQueryRows } from './saved-queries.repository.js';

/** Every tile must show a saved query of this workspace (400 naming the tile otherwise). */
async function checkLayout(db: Database, workspaceId: string, layout: readonly Tile[], path: string): Promise<void> {
  const ids = [...new Set(layout.map((t) => t.queryId))];
  const found = new Set((await findSavedQueryRows(db, workspaceId, ids)).map((q) => q.id));
  const i = layout.findIndex((t) => !found.has(t.queryId));
  if (i >= 0) throw invalidField(`${path}.${i}.queryId`, `${layout[i]!.queryId} is not a saved query of this workspace`);
}

export async function createDashboard(db: Database, workspaceId: string, input: NewDashboard, by: { actor: string; clock: Clock }): Promise<Dashboard> {
  await checkLayout(db, workspaceId, input.layout, 'body.layout');
  const now = by.clock.now();
  return insertDashboard(db, workspaceId, {
    id: newId('dash', now.getTime()),
    name: input.name,
    layout: input.layout,
    filters: input.filters,
    createdBy: by.actor,
    createdAt: now,
  });
}

export const listDashboards = (db: Database, workspaceId: string): Promise<Dashboard[]> => listDashboardRows(db, workspaceId);

export async function getDashboard(db: Database, workspaceId: string, dashboardId: string): Promise<Dashboard> {
  const d = await findDashboardRow(db, workspaceId, dashboardId);
  if (!d) throw notFound('dashboard');
  return d;
}

export async function updateDashboard(db: Database, workspaceId: string, dashboardId: string, change: DashboardUpdate, clock: Clock): Promise<Dashboard> {
  await getDashboard(db, workspaceId, dashboardId);
  if (change.layout) await checkLayout(db, workspaceId, change.layout, 'body.layout');
  const updated = await updateDashboardRow(db, workspaceId, dashboardId, { ...change, updatedAt: clock.now() });
  if (!updated) throw notFound('dashboard');
  return updated;
}

/** Appends a tile for a saved query under the lowest tile, at the left edge. */
export async function addTile(db: Database, workspaceId: string, dashboardId: string, tile: { queryId: string; w: number; h: number }, clock: Clock): Promise<Dashboard> {
  const d = await getDashboard(db, workspaceId, dashboardId);
  if ((await findSavedQueryRows(db, workspaceId, [tile.queryId])).length === 0) throw invalidField('body.queryId', `${tile.queryId} is not a saved query of this workspace`);
  if (d.layout.length >= MAX_TILES) throw invalidField('body.queryId', `a dashboard holds at most ${MAX_TILES} tiles`);
  const y = d.layout.reduce((max, t) => Math.max(max, t.y + t.h), 0);
  const layout = [...d.layout, { queryId: tile.queryId, x: 0, y, w: Math.min(tile.w, GRID_COLUMNS), h: tile.h }];
  const updated = await updateDashboardRow(db, workspaceId, dashboardId, { layout, updatedAt: clock.now() });
  if (!updated) throw notFound('dashboard');
  return updated;
}

export async function deleteDashboard(db: Database, workspaceId: string, dashboardId: string): Promise<Dashboard> {
  const d = await getDashboard(db, workspaceId, dashboardId);
  await deleteDashboardRow(db, workspaceId, dashboardId);
  return d;
}
