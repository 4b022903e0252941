import { describe, expect, it } from 'vitest';
import { moveTile, pack, removeTile, resizeTile } from './layout';

const tile = (queryId: string, w: number, h = 2) => ({ queryId, x: 0, y: 0, w, h });

describe('dashboard layout', () => {
  it('packs tiles into rows of 24 columns, a row as high as its tallest tile', () => {
    expect(pack([tile('a', 12), tile('b', 12, 3), tile('c', 16), tile('d', 8), tile('e', 24)])).toEqual([
      { queryId: 'a', x: 0, y: 0, w: 12, h: 2 },
      { queryId: 'b', x: 12, y: 0, w: 12, h: 3 },
      { queryId: 'c', x: 0, y: 3, w: 16, h: 2 },
      { queryId: 'd', x: 16, y: 3, w: 8, h: 2 },
      { queryId: 'e', x: 0, y: 5, w: 24, h: 2 },
    ]);
  });

  it('moves, resizes and removes in reading order', () => {
    const layout = pack([tile('a', 12), tile('b', 12), tile('c', 24)]);
    expect(moveTile(layout, 2, -1).map((t) => [t.queryId, t.x, t.y])).toEqual([
      ['a', 0, 0],
      ['c', 0, 2],
      ['b', 0, 4],
    ]);
    expect(moveTile(layout, 0, -1)).toEqual(layout);
    expect(resizeTile(layout, 0, 24, 1).map((t) => [t.queryId, t.x, t.y, t.w, t.h])).toEqual([
      ['a', 0, 0, 24, 1],
      ['b', 0, 1, 12, 2],
      ['c', 0, 3, 24, 2],
    ]);
    expect(removeTile(layout, 1).map((t) => [t.queryId, t.y])).toEqual([
      ['a', 0],
      ['c', 2],
    ]);
  });
});
