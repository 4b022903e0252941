import { describe, expect, it } from 'vitest';
import { DEFAULT_DISCLOSURE_MARKERS, hasDisclosure } from './disclosure.js';

describe('hasDisclosure', () => {
  it('finds Chinese and English markers, case- and width-insensitive', () => {
    expect(hasDisclosure('好物分享 #广告')).toBe(true);
    expect(hasDisclosure('本文由品牌赞助')).toBe(true);
    expect(hasDisclosure('love it #AD')).toBe(true);
    expect(hasDisclosure('love it ＃ａｄ')).toBe(true);
    expect(hasDisclosure('Paid Partnership with X')).toBe(true);
  });
  it('needs word boundaries for Latin markers', () => {
    expect(hasDisclosure('#adventure time, unsponsoredx')).toBe(false);
    expect(hasDisclosure('今天天气很好')).toBe(false);
  });
  it('uses custom markers when given', () => {
    expect(hasDisclosure('含推广信息', ['推广信息'])).toBe(true);
    expect(hasDisclosure('这是广告', ['#pr'])).toBe(false);
    expect(DEFAULT_DISCLOSURE_MARKERS).toContain('广告');
  });
});
