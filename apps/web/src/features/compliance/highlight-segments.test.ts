import { describe, expect, it } from 'vitest';
import { explanationIn, highlightSegments, type HighlightFinding } from './highlight-segments';

const f = (start: number, end: number, severity: string, rule: string): HighlightFinding => ({ start, end, severity, rule, category: 'superlative', suggestion: '', explanation: '' });

describe('highlightSegments', () => {
  it('splits nested and overlapping findings into pieces that list every covering finding, most severe first', () => {
    // 今天史上最低价的福利: 史上最低价 [2,7) critical, 最低 [4,6) high, 最低价 [4,7) high
    const outer = f(2, 7, 'critical', 'a');
    const inner = f(4, 6, 'high', 'b');
    const mid = f(4, 7, 'high', 'c');
    const segs = highlightSegments('今天史上最低价的福利', [inner, outer, mid]);
    expect(segs.map((s) => [s.text, s.findings.map((x) => x.rule)])).toEqual([
      ['今天', []],
      ['史上', ['a']],
      ['最低', ['a', 'b', 'c']],
      ['价', ['a', 'c']],
      ['的福利', []],
    ]);
    expect(segs.map((s) => s.text).join('')).toBe('今天史上最低价的福利');
  });

  it('ignores empty spans and clamps spans past the end', () => {
    expect(highlightSegments('abc', [f(0, 0, 'high', 'd'), f(2, 9, 'low', 'e')]).map((s) => [s.text, s.findings.length])).toEqual([
      ['ab', 0],
      ['c', 1],
    ]);
    expect(highlightSegments('', [f(0, 0, 'high', 'd')])).toEqual([]);
  });
});

describe('explanationIn', () => {
  it('picks the UI language and accepts a combined string', () => {
    expect(explanationIn({ zh: '中', en: 'en' }, 'zh-CN')).toBe('中');
    expect(explanationIn({ zh: '中', en: 'en' }, 'en')).toBe('en');
    expect(explanationIn({ zh: '', en: 'en' }, 'zh-CN')).toBe('en');
    expect(explanationIn('中 / en', 'en')).toBe('中 / en');
  });
});
