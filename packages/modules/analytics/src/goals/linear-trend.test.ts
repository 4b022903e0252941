import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearFit } from './linear-trend.js';

describe('linearFit', () => {
  it('fits the least-squares line', () => {
    expect(linearFit([{ x: 0, y: 1 }, { x: 1, y: 3 }, { x: 2, y: 5 }])).toEqual({ intercept: 1, slope: 2 });
    // 0, 2, 1 → slope 0.5, mean y 1 at mean x 1
    expect(linearFit([{ x: 0, y: 0 }, { x: 1, y: 2 }, { x: 2, y: 1 }])).toEqual({ intercept: 0.5, slope: 0.5 });
  });

  it('needs two distinct x', () => {
    expect(linearFit([])).toBeNull();
    expect(linearFit([{ x: 1, y: 1 }])).toBeNull();
    expect(linearFit([{ x: 1, y: 1 }, { x: 1, y: 2 }])).toBeNull();
  });

  it('recovers any exact line', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -50, max: 50 }), fc.integer({ min: 2, max: 40 }), (a, b, n) => {
        const fit = linearFit(Array.from({ length: n }, (_, x) => ({ x, y: a + b * x })))!;
        expect(fit.slope).toBeCloseTo(b, 8);
        expect(fit.intercept).toBeCloseTo(a, 6);
      }),
    );
  });
});
