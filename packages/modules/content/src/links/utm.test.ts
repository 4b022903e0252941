import { describe, expect, it } from 'vitest';
import { defaultUtm, withUtm } from './utm.js';

describe('UTM builder', () => {
  it('defaults from the platform and the campaign tag; given values win', () => {
    expect(defaultUtm({ platform: 'weibo', campaign: 'spring', contentId: 'cnt_1' }, {})).toEqual({
      utm_source: 'weibo', utm_medium: 'social', utm_campaign: 'spring', utm_content: 'cnt_1',
    });
    expect(defaultUtm({ platform: 'weibo', campaign: null, contentId: 'cnt_1' }, { utm_medium: 'kol', utm_term: ' 护肤 ', utm_content: '' })).toEqual({
      utm_source: 'weibo', utm_medium: 'kol', utm_campaign: 'cnt_1', utm_term: '护肤',
    });
  });

  it('sets the parameters on the URL, keeping the others and replacing old UTM values', () => {
    const url = withUtm('https://shop.example.com/p?id=7&utm_source=old#top', { utm_source: 'weibo', utm_campaign: '春季' });
    const u = new URL(url);
    expect(u.searchParams.get('id')).toBe('7');
    expect(u.searchParams.get('utm_source')).toBe('weibo');
    expect(u.searchParams.get('utm_campaign')).toBe('春季');
    expect(u.hash).toBe('#top');
  });
});
