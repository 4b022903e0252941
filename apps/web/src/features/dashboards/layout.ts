/** A tile's place in the 24-column grid (rows of ROW_HEIGHT). */
export interface GridTile {
  queryId: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export const GRID_COLUMNS = 24;

/** Reading order: top to bottom, then left to right. */
export const sortTiles = <T extends GridTile>(tiles: readonly T[]): T[] => [...tiles].sort((a, b) => a.y - b.y || a.x - b.x);

/** Places tiles in this order left to right, wrapping to a new row (as high as its tallest tile) when a row is full. */
export function pack<T extends GridTile>(tiles: readonly T[]): T[] {
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  return tiles.map((t) => {
    const w = Math.min(Math.max(1, t.w), GRID_COLUMNS);
    if (x + w > GRID_COLUMNS) {
      y += rowHeight;
      x = 0;
      rowHeight = 0;
    }
    const placed = { ...t, x, y, w };
    x += w;
    rowHeight = Math.max(rowHeight, t.h);
    return placed;
  });
}

/** Swaps the tile at `index` (reading order) with its neighbour. */
export function moveTile<T extends GridTile>(tiles: readonly T[], index: number, delta: -1 | 1): T[] {
  const order = sortTiles(tiles);
  const other = index + delta;
  if (other < 0 || other >= order.length) return pack(order);
  [order[index], order[other]] = [order[other]!, order[index]!];
  return pack(order);
}

export function resizeTile<T extends GridTile>(tiles: readonly T[], index: number, w: number, h: number): T[] {
  return pack(sortTiles(tiles).map((t, i) => (i === index ? { ...t, w, h } : t)));
}

export function removeTile<T extends GridTile>(tiles: readonly T[], index: number): T[] {
  return pack(sortTiles(tiles).filter((_, i) => i !== index));
}
