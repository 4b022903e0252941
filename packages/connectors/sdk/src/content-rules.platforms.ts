/**
 * Documented content rules per platform, for the R5 connectors to declare (`contentRules: PLATFORM_RULE_SETS.weibo.rules`).
 * Every number names the page it comes from; numbers marked `ours` are not published by the platform and are
 * our conservative choice. Platforms change these: re-check the pages when a connector is written.
 */
import type { ContentRules } from './content-rules.types.js';

export interface RuleSource {
  /** Which rule fields the page backs. */
  fields: (keyof ContentRules)[];
  url: string;
  note: string;
}

export interface PlatformRuleSet {
  platform: string;
  rules: ContentRules;
  sources: RuleSource[];
}

const MB = 1024 * 1024;
const GB = 1024 * MB;
const IMAGES = ['image/jpeg', 'image/png', 'image/gif'];

export const PLATFORM_RULE_SETS = {
  weibo: {
    platform: 'weibo',
    rules: {
      maxTextLength: 2000,
      lengthCounting: 'weibo',
      linkLength: 10,
      titleRequired: false,
      maxImages: 9,
      maxVideos: 1,
      mixedMediaAllowed: false,
      maxImageBytes: 5 * MB,
      hashtagSyntax: '#tag#',
      linksAllowed: true,
      allowedMediaTypes: [...IMAGES, 'video/mp4'],
    },
    sources: [
      { fields: ['maxTextLength'], url: 'https://open.weibo.com/wiki/C/2/statuses/upload_url_text/biz-en', note: 'status: 140 Chinese characters, or up to 2000 with is_longtext=1 (long-text posts, open to all users since 2016-02-28)' },
      { fields: ['lengthCounting', 'hashtagSyntax'], url: 'https://open.weibo.com/wiki/2/statuses/share', note: 'length in 汉字 (two ASCII characters count as one); topics are written #话题#' },
      { fields: ['linkLength'], url: 'https://open.weibo.com/wiki/2/statuses/share', note: 'links in a post are replaced by a t.cn short link (http://t.cn/ + 8 chars ≈ 20 ASCII = 10 汉字); the 10 is derived from that length, not stated as a number' },
      { fields: ['maxImages'], url: 'https://open.weibo.com/wiki/C/2/statuses/upload_url_text/biz-en', note: 'pic_id: maximum 9 pictures' },
      { fields: ['maxImageBytes', 'allowedMediaTypes'], url: 'https://open.weibo.com/wiki/2/statuses/share', note: 'pic: JPEG, GIF, PNG only, under 5M' },
      { fields: ['maxVideos', 'mixedMediaAllowed'], url: 'https://open.weibo.com/wiki/2/statuses/share', note: 'ours: one video per post, no images beside it (how the Weibo composer behaves)' },
    ],
  },
  wechat_oa: {
    platform: 'wechat_oa',
    rules: {
      maxTextLength: 20000,
      lengthCounting: 'chars',
      titleRequired: true,
      maxTitleLength: 64,
      maxImages: 100,
      maxVideos: 3,
      mixedMediaAllowed: true,
      mediaRequired: 'any',
      maxImageBytes: 10 * MB,
      hashtagSyntax: '#tag',
      linksAllowed: false,
      allowedMediaTypes: ['image/jpeg', 'image/png', 'image/gif', 'video/mp4'],
    },
    sources: [
      { fields: ['maxTextLength', 'linksAllowed'], url: 'https://developers.weixin.qq.com/doc/subscription/api/draftbox/draftmanage/api_getdraft.html', note: 'content: HTML, fewer than 20,000 characters and under 1 MB; external image URLs are filtered; plain outbound links are not clickable in articles' },
      { fields: ['titleRequired', 'mediaRequired'], url: 'https://developers.weixin.qq.com/doc/subscription/api/draftbox/draftmanage/api_draft_add.html', note: 'title required; thumb_media_id (cover image) required' },
      { fields: ['maxTitleLength'], url: 'https://developers.weixin.qq.com/doc/subscription/api/draftbox/draftmanage/api_draft_add.html', note: 'title up to 64 characters (the editor limit; the API returns 45003 above it)' },
      { fields: ['maxImageBytes', 'allowedMediaTypes'], url: 'https://developers.weixin.qq.com/doc/offiaccount/Asset_Management/Adding_Permanent_Assets.html', note: 'permanent image material: bmp/png/jpeg/jpg/gif, up to 10M' },
      { fields: ['maxImages', 'maxVideos'], url: 'https://developers.weixin.qq.com/doc/offiaccount/Asset_Management/Adding_Permanent_Assets.html', note: 'ours: no per-article count is published; 100 images / 3 videos are our caps' },
    ],
  },
  douyin: {
    platform: 'douyin',
    rules: {
      maxTextLength: 1000,
      lengthCounting: 'chars',
      titleRequired: false,
      maxTitleLength: 55,
      maxImages: 35,
      maxVideos: 1,
      mixedMediaAllowed: false,
      mediaRequired: 'any',
      maxVideoBytes: 4 * GB,
      maxVideoDurationMs: 15 * 60_000,
      aspectRatio: { min: 9 / 16, max: 16 / 9 },
      maxHashtags: 5,
      hashtagSyntax: '#tag',
      linksAllowed: false,
      allowedMediaTypes: ['image/jpeg', 'image/png', 'video/mp4', 'video/quicktime'],
    },
    sources: [
      { fields: ['maxTitleLength', 'maxHashtags', 'linksAllowed'], url: 'https://developer.open-douyin.com/docs/resource/zh-CN/dop/develop/openapi/video-management/douyin/create-video/video-create', note: 'text: title with #topics and @mentions; links are treated as diversion (导流) and rejected' },
      { fields: ['maxVideoBytes', 'maxVideoDurationMs', 'allowedMediaTypes'], url: 'https://developer.open-douyin.com/docs/resource/zh-CN/dop/develop/openapi/video-management/douyin/create-video/video-upload', note: 'mp4/webm; large files by part upload up to 4 GB; up to 15 minutes' },
      { fields: ['maxImages', 'maxVideos', 'mediaRequired', 'mixedMediaAllowed'], url: 'https://developer.open-douyin.com/docs/resource/zh-CN/dop/develop/openapi/video-management/douyin/create-image-text/create-image-text', note: 'a post is a video or an image note (图文); images and video are not mixed' },
      { fields: ['aspectRatio', 'maxTextLength'], url: 'https://developer.open-douyin.com/docs/resource/zh-CN/dop/develop/openapi/video-management/douyin/create-video/video-create', note: 'ours: 9:16 to 16:9 shows uncropped; 1000 characters of description is our cap' },
    ],
  },
  xiaohongshu: {
    platform: 'xiaohongshu',
    rules: {
      maxTextLength: 1000,
      lengthCounting: 'chars',
      titleRequired: false,
      maxTitleLength: 20,
      maxImages: 18,
      maxVideos: 1,
      mixedMediaAllowed: false,
      mediaRequired: 'any',
      maxImageBytes: 20 * MB,
      maxVideoBytes: 20 * GB,
      maxVideoDurationMs: 60 * 60_000,
      aspectRatio: { min: 3 / 4, max: 4 / 3 },
      maxHashtags: 10,
      hashtagSyntax: '#tag',
      linksAllowed: false,
      allowedMediaTypes: ['image/jpeg', 'image/png', 'image/webp', 'video/mp4', 'video/quicktime'],
    },
    sources: [
      { fields: ['maxTitleLength', 'maxTextLength', 'maxImages', 'maxVideos', 'mediaRequired'], url: 'https://creator.xiaohongshu.com/publish/publish', note: 'creator centre composer: title ≤ 20 characters, body ≤ 1000 characters, up to 18 images or one video; a note needs media' },
      { fields: ['maxVideoBytes', 'maxVideoDurationMs', 'maxImageBytes'], url: 'https://creator.xiaohongshu.com/publish/publish', note: 'composer upload hints: video up to 20 GB and 60 minutes; images up to 20 MB' },
      { fields: ['linksAllowed'], url: 'https://www.xiaohongshu.com/crown/community/rules', note: 'community rules: outbound links / diversion are not allowed in notes' },
      { fields: ['aspectRatio', 'maxHashtags'], url: 'https://creator.xiaohongshu.com/publish/publish', note: 'ours: 3:4 to 4:3 shows uncropped in the feed; 10 topics is our cap' },
    ],
  },
  bilibili: {
    platform: 'bilibili',
    rules: {
      maxTextLength: 2000,
      lengthCounting: 'chars',
      titleRequired: true,
      maxTitleLength: 80,
      maxImages: 0,
      maxVideos: 1,
      mediaRequired: 'video',
      maxVideoBytes: 16 * GB,
      maxVideoDurationMs: 10 * 3600_000,
      maxHashtags: 12,
      hashtagSyntax: '#tag',
      linksAllowed: true,
      allowedMediaTypes: ['video/mp4', 'video/x-flv', 'video/quicktime'],
    },
    sources: [
      { fields: ['titleRequired', 'maxTitleLength', 'maxTextLength', 'maxHashtags'], url: 'https://openhome.bilibili.com/doc/4/eaf0e2b5-bde9-b9a0-9be1-019bb455701c', note: 'video submission: title required, ≤ 80 characters; desc ≤ 2000; tags ≤ 12' },
      { fields: ['maxImages', 'maxVideos', 'maxVideoBytes', 'maxVideoDurationMs', 'allowedMediaTypes', 'mediaRequired'], url: 'https://member.bilibili.com/platform/upload/video/frame', note: 'upload page: mp4/flv/mov …, up to 16 GB and 10 hours per part' },
    ],
  },
  kuaishou: {
    platform: 'kuaishou',
    rules: {
      maxTextLength: 500,
      lengthCounting: 'chars',
      titleRequired: false,
      maxImages: 0,
      maxVideos: 1,
      mediaRequired: 'video',
      maxVideoBytes: 4 * GB,
      maxVideoDurationMs: 15 * 60_000,
      aspectRatio: { min: 9 / 16, max: 16 / 9 },
      maxHashtags: 4,
      hashtagSyntax: '#tag',
      linksAllowed: false,
      allowedMediaTypes: ['video/mp4'],
    },
    sources: [
      { fields: ['maxTextLength', 'maxImages', 'maxVideos', 'mediaRequired', 'allowedMediaTypes', 'maxVideoBytes', 'maxVideoDurationMs'], url: 'https://open.kuaishou.com/platformDocs/api-list/video/video-publish', note: 'open platform video publish: caption, one mp4 video' },
      { fields: ['maxHashtags', 'linksAllowed', 'aspectRatio'], url: 'https://open.kuaishou.com/platformDocs/api-list/video/video-publish', note: 'ours: 4 topics, no links (diversion), 9:16–16:9 shows uncropped' },
    ],
  },
  x: {
    platform: 'x',
    rules: {
      maxTextLength: 280,
      lengthCounting: 'twitter',
      linkLength: 23,
      titleRequired: false,
      maxImages: 4,
      maxVideos: 1,
      mixedMediaAllowed: false,
      maxImageBytes: 5 * MB,
      maxVideoBytes: 512 * MB,
      minVideoDurationMs: 500,
      maxVideoDurationMs: 140_000,
      aspectRatio: { min: 1 / 3, max: 3 },
      hashtagSyntax: '#tag',
      linksAllowed: true,
      allowedMediaTypes: ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'video/mp4', 'video/quicktime'],
    },
    sources: [
      { fields: ['maxTextLength', 'lengthCounting', 'linkLength'], url: 'https://docs.x.com/fundamentals/counting-characters', note: '280 weighted characters; CJK and emoji weigh 2; every URL counts 23 (t.co)' },
      { fields: ['maxImages', 'maxVideos', 'mixedMediaAllowed', 'maxImageBytes', 'maxVideoBytes', 'minVideoDurationMs', 'maxVideoDurationMs', 'aspectRatio', 'allowedMediaTypes'], url: 'https://developer.x.com/en/docs/x-api/v1/media/upload-media/uploading-media/media-best-practices', note: 'images ≤ 5 MB, 4 per post; video ≤ 512 MB, 0.5–140 s, aspect ratio 1:3 to 3:1' },
    ],
  },
  bluesky: {
    platform: 'bluesky',
    rules: {
      maxTextLength: 300,
      lengthCounting: 'graphemes',
      titleRequired: false,
      maxImages: 4,
      maxVideos: 1,
      mixedMediaAllowed: false,
      maxImageBytes: 1_000_000,
      maxVideoBytes: 100 * MB,
      maxVideoDurationMs: 180_000,
      hashtagSyntax: '#tag',
      linksAllowed: true,
      allowedMediaTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'video/mp4'],
    },
    sources: [
      { fields: ['maxTextLength', 'lengthCounting', 'maxImages', 'maxImageBytes'], url: 'https://docs.bsky.app/docs/advanced-guides/posts', note: 'text ≤ 300 graphemes; up to 4 images, each blob ≤ 1,000,000 bytes' },
      { fields: ['maxVideos', 'maxVideoBytes', 'maxVideoDurationMs', 'mixedMediaAllowed'], url: 'https://docs.bsky.app/docs/tutorials/video', note: 'one video per post, ≤ 100 MB, ≤ 3 minutes' },
    ],
  },
} as const satisfies Record<string, PlatformRuleSet>;

export type DocumentedPlatform = keyof typeof PLATFORM_RULE_SETS;

/** The documented rules of a platform kind, or null when we have none (`twitter` is an alias of `x`). */
export function documentedContentRules(platform: string): ContentRules | null {
  const key = platform === 'twitter' ? 'x' : platform;
  const set = (PLATFORM_RULE_SETS as Record<string, PlatformRuleSet>)[key];
  return set ? (set.rules as ContentRules) : null;
}
