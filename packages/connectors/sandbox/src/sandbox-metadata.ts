/** What the sandbox declares: everything, with rules close to a typical Chinese social platform. */
import type { Capabilities, ContentRules, CredentialSpec, LocalizedText } from '@resonance/connector-sdk';

export const SANDBOX_DISPLAY_NAME: LocalizedText = { zh: '沙盒（模拟平台）', en: 'Sandbox (simulated platform)' };

export const SANDBOX_CAPABILITIES: Capabilities = {
  publishText: true,
  publishImage: true,
  publishVideo: true,
  delete: true,
  fetchPostMetrics: true,
  fetchComments: true,
  fetchDirectMessages: true,
  reply: true,
  fetchFollowers: true,
  webhooks: true,
  userTags: true,
};

export const SANDBOX_CONTENT_RULES: ContentRules = {
  maxTextLength: 2000,
  lengthCounting: 'graphemes',
  titleRequired: false,
  maxTitleLength: 64,
  maxImages: 9,
  maxVideos: 1,
  mixedMediaAllowed: false,
  maxHashtags: 10,
  hashtagSyntax: '#tag',
  linksAllowed: true,
  allowedMediaTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'video/mp4', 'video/quicktime'],
};

/** Nothing is required: the sandbox connects with one click. */
export const SANDBOX_CREDENTIALS: CredentialSpec = {
  needsCallbackUrl: false,
  fields: [
    { key: 'simulates', secret: false, optional: true, label: { zh: '模拟账号类型（可选）', en: 'Simulated account kind (optional)' }, help: { zh: 'wechat_oa、weibo、douyin、xiaohongshu、bilibili、bluesky', en: 'wechat_oa, weibo, douyin, xiaohongshu, bilibili, bluesky' } },
    { key: 'handle', secret: false, optional: true, label: { zh: '账号名（可选）', en: 'Handle (optional)' } },
    { key: 'followers', secret: false, optional: true, label: { zh: '粉丝数（可选）', en: 'Followers (optional)' } },
  ],
};
