import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv.js';

describe('COPY csv encoding', () => {
  it('distinguishes NULL from the empty string', () => {
    expect(csvField(null)).toBe('');
    expect(csvField('')).toBe('""');
  });
  it('quotes text and doubles quotes; numbers go bare', () => {
    expect(csvField('a,"b"\nc')).toBe('"a,""b""\nc"');
    expect(csvField(42.5)).toBe('42.5');
    expect(csvField(Number.NaN)).toBe('"NaN"');
    expect(csvField({ k: '引号"' })).toBe('"{""k"":""引号\\""""}"');
    expect(toCsv([[1, 'x', null]])).toBe('1,"x",\n');
  });
});
