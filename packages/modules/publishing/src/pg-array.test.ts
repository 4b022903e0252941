import { describe, expect, it } from 'vitest';
import { pgTextArray } from './pg-array.js';

describe('pgTextArray', () => {
  it('quotes every element and escapes quotes and backslashes', () => {
    expect(pgTextArray([])).toBe('{}');
    expect(pgTextArray(['新品', 'a,b', 'say "hi"', 'back\\slash', 'NULL'])).toBe('{"新品","a,b","say \\"hi\\"","back\\\\slash","NULL"}');
  });
});
