import { describe, expect, it } from 'vitest';
import { titleExcerpt } from './excerpt.js';

describe('calendar title excerpt', () => {
  it('prefers the title, else the first body line, and cuts at 60 code points', () => {
    expect(titleExcerpt(' 新品上市 ', 'body')).toBe('新品上市');
    expect(titleExcerpt(null, '\n第一行\n第二行')).toBe('第一行');
    expect(titleExcerpt('', '正文')).toBe('正文');
    const long = '😀'.repeat(70);
    const cut = titleExcerpt(null, long);
    expect(Array.from(cut)).toHaveLength(60);
    expect(cut.endsWith('😀…')).toBe(true);
  });
});
