import { describe, expect, it } from 'vitest';
import { BOM, csvCell, fileNameOf, toCsv } from './csv';

describe('csv export', () => {
  it('neutralises text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('\rcmd')).toBe(`"'\rcmd"`);
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(0.125)).toBe('0.125');
  });

  it('quotes commas, quotes, line breaks and edge spaces; starts with a BOM; CRLF rows', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' pad')).toBe('" pad"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(toCsv([['日期', '曝光量'], ['2026-03-01', 12]])).toBe(`${BOM}日期,曝光量\r\n2026-03-01,12\r\n`);
  });

  it('makes file names safe', () => {
    expect(fileNameOf('周报 / Weekly: "top"', 'csv')).toBe('周报 Weekly top.csv');
    expect(fileNameOf('///', 'png')).toBe('export.png');
  });
});
