import { describe, expect, it } from 'vitest';
import { composePostText, countLength } from './content-length.js';
import { checkContentRules } from './content-rules.js';
import type { ContentRules } from './content-rules.types.js';

const rules: ContentRules = {
  maxTextLength: 10,
  lengthCounting: 'weibo',
  titleRequired: true,
  maxImages: 2,
  maxVideos: 0,
  maxHashtags: 2,
  hashtagSyntax: '#tag#',
  linksAllowed: false,
  allowedMediaTypes: ['image/jpeg'],
};
const img = { kind: 'image' as const, mimeType: 'image/jpeg', url: 'https://x/1.jpg' };

describe('countLength', () => {
  it('counts the way each platform does', () => {
    expect(countLength('你好', 'weibo')).toBe(2);
    expect(countLength('hello', 'weibo')).toBe(3); // 2.5 rounded up
    expect(countLength('你好ab', 'weibo')).toBe(3);
    expect(countLength('👍🏽', 'weibo')).toBe(1);
    expect(countLength('👨‍👩‍👧', 'graphemes')).toBe(1);
    expect(countLength('👨‍👩‍👧', 'chars')).toBe(5);
    expect(countLength('é', 'chars')).toBe(1);
  });

  it('renders hashtags in the platform syntax', () => {
    expect(composePostText('hi', ['护肤', 'spf'], '#tag#')).toBe('hi #护肤# #spf#');
    expect(composePostText('hi', ['a'], '#tag')).toBe('hi #a');
  });
});

describe('checkContentRules', () => {
  it('accepts a draft that fits', () => {
    expect(checkContentRules(rules, { title: 't', text: '春季新品', media: [img], hashtags: ['护肤'] })).toEqual([]);
  });

  it('reports every broken rule with a field and code', () => {
    const codes = checkContentRules(rules, {
      text: '看 https://shop.example.com 春季新品上市啦',
      media: [img, img, img, { kind: 'video', mimeType: 'video/mp4', url: 'https://x/v.mp4' }],
      hashtags: ['a', 'b', 'c d'],
    }).map((f) => `${f.field}:${f.code}`);
    expect(codes.sort()).toEqual(
      [
        'text:text_too_long',
        'text:links_not_allowed',
        'title:title_required',
        'media:too_many_images',
        'media:too_many_videos',
        'media:media_type_not_allowed',
        'hashtags:too_many_hashtags',
        'hashtags:hashtag_invalid',
      ].sort(),
    );
  });

  it('counts hashtags toward the length and flags an empty post', () => {
    expect(checkContentRules(rules, { title: 't', text: '八个汉字八个汉字', hashtags: ['ab'] }).map((f) => f.code)).toEqual(['text_too_long']);
    expect(checkContentRules(rules, { title: 't', text: ' ' }).map((f) => f.code)).toEqual(['text_empty']);
  });
});
