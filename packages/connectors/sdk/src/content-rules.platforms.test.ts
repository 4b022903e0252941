import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countLength } from './content-length.js';
import { checkContentRules } from './content-rules.js';
import { documentedContentRules, PLATFORM_RULE_SETS } from './content-rules.platforms.js';

describe('documented platform rule sets', () => {
  it('cite an https source for every rule field they set', () => {
    for (const set of Object.values(PLATFORM_RULE_SETS)) {
      const cited = new Set(set.sources.flatMap((s) => s.fields as readonly string[]));
      for (const s of set.sources) expect(s.url, set.platform).toMatch(/^https:\/\//);
      for (const key of Object.keys(set.rules)) {
        if (['hashtagSyntax', 'lengthCounting', 'titleRequired', 'linksAllowed', 'allowedMediaTypes', 'maxTextLength'].includes(key) && cited.has(key)) continue;
        if (['maxTextLength', 'maxImages', 'maxVideos', 'maxTitleLength', 'maxImageBytes', 'maxVideoBytes', 'maxVideoDurationMs', 'maxHashtags', 'linkLength', 'aspectRatio'].includes(key)) {
          expect(cited.has(key), `${set.platform}.${key} has no source`).toBe(true);
        }
      }
    }
  });

  it('Weibo: topics #话题#, a link counts 10 whatever its length, 9 images', () => {
    const weibo = documentedContentRules('weibo')!;
    expect(countLength('看 https://shop.example.com/a/very/long/path?x=1', 'weibo', weibo.linkLength)).toBe(12); // 看 + space = 1.5, link 10 → 11.5, rounded up
    expect(checkContentRules(weibo, { text: '今天 #护肤 分享' }).map((f) => f.code)).toEqual(['hashtag_syntax']);
    expect(checkContentRules(weibo, { text: '今天 #护肤# 分享' })).toEqual([]);
    const img = { kind: 'image' as const, mimeType: 'image/png', url: 'u' };
    expect(checkContentRules(weibo, { text: 'x', media: Array(10).fill(img) }).map((f) => f.code)).toContain('too_many_images');
  });

  it('X: CJK and emoji weigh 2, URLs 23; elsewhere #tag# is flagged as Weibo syntax', () => {
    expect(countLength('你好', 'twitter')).toBe(4);
    expect(countLength('hi 👍🏽', 'twitter')).toBe(5);
    expect(countLength('go https://example.com/' + 'a'.repeat(100), 'twitter', 23)).toBe(26);
    expect(checkContentRules(documentedContentRules('twitter')!, { text: '#护肤# yes' }).map((f) => f.code)).toEqual(['hashtag_syntax']);
  });

  it('checks media facts: size, duration, aspect ratio (warning), video required', () => {
    const douyin = documentedContentRules('douyin')!;
    const bilibili = documentedContentRules('bilibili')!;
    const video = { kind: 'video' as const, mimeType: 'video/mp4', url: 'u', sizeBytes: 1000, width: 1080, height: 1920, durationMs: 16 * 60_000 };
    expect(checkContentRules(douyin, { text: 'x', media: [video] }).map((f) => f.code)).toEqual(['video_too_long']);
    const wide = { ...video, durationMs: 10_000, width: 4000, height: 1000 };
    const f = checkContentRules(douyin, { text: 'x', media: [wide] });
    expect(f.map((x) => [x.code, x.severity])).toEqual([['aspect_ratio', 'warning']]);
    expect(checkContentRules(bilibili, { title: 't', text: 'x' }).map((x) => x.code)).toContain('video_required');
    expect(checkContentRules(documentedContentRules('wechat_oa')!, { text: 'x' }).map((x) => x.code)).toEqual(['title_required', 'media_required']);
  });

  it('property: every finding is bilingual, and text within every limit raises no text finding', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(PLATFORM_RULE_SETS)), fc.string({ minLength: 1, maxLength: 60 }), (platform, s) => {
        const rules = documentedContentRules(platform)!;
        const text = s.replace(/[#\s]|https?:|www\./g, 'a') || 'a';
        for (const finding of checkContentRules(rules, { title: 't', text })) {
          expect(finding.messageZh.length).toBeGreaterThan(0);
          expect(finding.field).not.toBe('text');
        }
      }),
    );
  });

  it('property: the length never shrinks when text is appended (all countings)', () => {
    fc.assert(
      fc.property(fc.constantFrom('chars', 'weibo', 'graphemes', 'twitter' as const), fc.string(), fc.string(), (counting, a, b) => {
        expect(countLength(a + ' ' + b, counting)).toBeGreaterThanOrEqual(countLength(a, counting));
      }),
    );
  });
});
