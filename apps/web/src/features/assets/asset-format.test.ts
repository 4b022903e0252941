import { describe, expect, it } from 'vitest';
import { formatBytes, formatDimensions, formatDuration, tagDiff } from './asset-format';

describe('asset display helpers', () => {
  it('formats sizes and durations', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(20 * 1024 * 1024)).toBe('20.0 MB');
    expect(formatDuration(null)).toBe('—');
    expect(formatDuration(7_400)).toBe('0:07');
    expect(formatDuration(3_725_000)).toBe('1:02:05');
    expect(formatDimensions(1080, 1920)).toBe('1080 × 1920');
    expect(formatDimensions(null, 10)).toBe('—');
  });

  it('turns a tag editor value into add/remove lists', () => {
    expect(tagDiff(['a', 'b'], ['b', 'c'])).toEqual({ addTags: ['c'], removeTags: ['a'] });
    expect(tagDiff(['a'], ['a'])).toEqual({ addTags: [], removeTags: [] });
  });
});
