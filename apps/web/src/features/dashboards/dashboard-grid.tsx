import { Col, Row } from 'antd';
import type { DashboardRun, TileResult } from './dashboards.api';
import { DashboardTile, type TileEditing } from './dashboard-tile';
import { sortTiles, type GridTile } from './layout';

/**
 * Tiles in reading order in Ant Design's 24-column grid. `layout` (the dashboard's, possibly just
 * edited) decides order and sizes; a tile's result is looked up by its query (the same query twice
 * shows the same numbers). `editing(i)` gives a tile its controls.
 */
export function DashboardGrid({ run, layout, editing }: { run: DashboardRun; layout?: readonly GridTile[]; editing?: (index: number, count: number) => TileEditing }) {
  const byQuery = new Map(run.tiles.map((t) => [t.queryId, t]));
  const tiles: TileResult[] = layout
    ? sortTiles(layout).flatMap((l) => {
        const r = byQuery.get(l.queryId);
        return r ? [{ ...r, ...l }] : [];
      })
    : run.tiles;
  return (
    <Row gutter={[16, 16]} data-testid="dashboard-grid">
      {tiles.map((tile, i) => (
        <Col key={`${i}-${tile.queryId}`} xs={24} lg={tile.w}>
          <DashboardTile tile={tile} index={i} run={run} editing={editing?.(i, tiles.length)} />
        </Col>
      ))}
    </Row>
  );
}
