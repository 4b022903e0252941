import { describe, expect, it } from 'vitest';
import { csvCell, csvLine, localDateTime } from './funnel-csv.js';

describe('funnel CSV cells', () => {
  it('neutralises formulas and quotes per RFC 4180', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('粉丝_1')).toBe('粉丝_1');
    expect(csvCell(null)).toBe('');
    expect(csvCell(3)).toBe('3');
    expect(csvLine(['a', 'b"c'])).toBe('a,"b""c"\r\n');
  });

  it('formats local times in the zone, across midnight and DST', () => {
    expect(localDateTime(new Date('2026-03-01T16:00:00Z'), 'Asia/Shanghai')).toBe('2026-03-02 00:00:00');
    expect(localDateTime(new Date('2026-03-08T07:30:00Z'), 'America/New_York')).toBe('2026-03-08 03:30:00');
    expect(localDateTime(new Date('2026-03-08T06:30:00Z'), 'America/New_York')).toBe('2026-03-08 01:30:00');
  });
});
