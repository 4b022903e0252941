import { csvLine } from '@resonance/kernel';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, unguardCell } from './csv-parse.js';

describe('parseCsv', () => {
  it('reads quoted cells with commas, doubled quotes and line breaks; CRLF or LF; drops the BOM', () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\n"two\r\nlines",\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['two\r\nlines', ''],
    ]);
  });

  it('keeps blank lines as one empty cell so row numbers match lines, and reads a last line without a line end', () => {
    expect(parseCsv('a\n\nb')).toEqual([['a'], [''], ['b']]);
  });

  it('names the line of an unterminated quote', () => {
    expect(() => parseCsv('a\n"b\nc')).toThrow('unterminated quoted field starting on line 2');
  });

  it('reads back what the kernel writes, for any cells', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', '中', ',', '"', '\n', '\r\n', ' ', '=', '-', "'") });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const text = rows.map((r) => csvLine(r)).join('');
        expect(parseCsv(text).map((r) => r.map(unguardCell))).toEqual(rows.map((r) => r.map(unguardCell)));
      }),
    );
  });
});

describe('unguardCell', () => {
  it("removes the formula guard and nothing else", () => {
    expect(unguardCell("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(unguardCell("'+86")).toBe('+86');
    expect(unguardCell("'hello")).toBe("'hello");
    expect(unguardCell('最佳')).toBe('最佳');
  });
});
