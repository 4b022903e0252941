/** Checks a draft against a platform's declared rules; no error finding means "the platform should accept it". */
import { composePostText, countLength, LINK_PATTERN } from './content-length.js';
import type { MediaRef, PostDraft } from './connector.types.js';
import type { ContentRules, FindingCode, FindingField, FindingSeverity, RuleFinding } from './content-rules.types.js';

/** A media item with what the asset library knows about it (all optional: unknown facts are not checked). */
export interface MediaFacts extends MediaRef {
  width?: number | null;
  height?: number | null;
  durationMs?: number | null;
}

export interface RuleDraft extends PostDraft {
  media?: MediaFacts[];
}

const BAD_HASHTAG = /[\s#]/u;
const MB = (bytes: number) => `${Math.round((bytes / 1048576) * 10) / 10} MB`;
const SEC = (ms: number) => `${Math.round(ms / 100) / 10}s`;

function finding(field: FindingField, code: FindingCode, en: string, zh: string, severity: FindingSeverity = 'error'): RuleFinding {
  return { field, code, message: en, messageZh: zh, severity };
}

/** `#word` written in the other platform's syntax inside the text (the platform would not make it a topic). */
function wrongSyntaxTags(text: string, rules: ContentRules): string[] {
  if (rules.hashtagSyntax === '#tag#') {
    const rest = text.replace(/#[^#\s]+#/gu, ' ');
    return rest.match(/#[^\s#]+/gu) ?? [];
  }
  return text.match(/#[^#\s]+#/gu) ?? [];
}

export function checkContentRules(rules: ContentRules, draft: RuleDraft): RuleFinding[] {
  const out: RuleFinding[] = [];
  const media = draft.media ?? [];
  const hashtags = draft.hashtags ?? [];
  const images = media.filter((m) => m.kind === 'image');
  const videos = media.filter((m) => m.kind === 'video');

  if (draft.text.trim() === '' && media.length === 0) out.push(finding('text', 'text_empty', 'The post has neither text nor media', '帖子既没有文字也没有图片或视频'));
  const length = countLength(composePostText(draft.text, hashtags, rules.hashtagSyntax), rules.lengthCounting, rules.linkLength);
  if (length > rules.maxTextLength) {
    out.push(finding('text', 'text_too_long',
      `Text is ${length} long (counted as ${rules.lengthCounting}, hashtags included); the limit is ${rules.maxTextLength}`,
      `正文长度 ${length}（按平台规则计数，含话题），上限 ${rules.maxTextLength}`));
  }
  if (!rules.linksAllowed && new RegExp(LINK_PATTERN.source, 'iu').test(draft.text)) {
    out.push(finding('text', 'links_not_allowed', 'Links are not allowed in the text on this platform', '该平台正文中不允许出现链接'));
  }
  for (const tag of new Set(wrongSyntaxTags(draft.text, rules))) {
    out.push(rules.hashtagSyntax === '#tag#'
      ? finding('text', 'hashtag_syntax', `"${tag}" is not a topic here: write topics as #topic# (closing #)`, `“${tag}”不会成为话题：本平台话题格式为 #话题#（前后各一个 #）`, 'warning')
      : finding('text', 'hashtag_syntax', `"${tag}" uses Weibo syntax: write #tag here (no closing #)`, `“${tag}”是微博话题格式：本平台请写成 #话题（不带结尾 #）`, 'warning'));
  }

  const title = draft.title?.trim() ?? '';
  if (rules.titleRequired && title === '') out.push(finding('title', 'title_required', 'A title is required', '该平台必须填写标题'));
  if (rules.maxTitleLength !== undefined) {
    const tl = countLength(title, rules.lengthCounting);
    if (tl > rules.maxTitleLength) out.push(finding('title', 'title_too_long', `Title is ${tl} long; the limit is ${rules.maxTitleLength}`, `标题长度 ${tl}，上限 ${rules.maxTitleLength}`));
  }

  if (rules.mediaRequired === 'video' && videos.length === 0) out.push(finding('media', 'video_required', 'This platform publishes videos: attach one', '该平台只发布视频，请添加一个视频'));
  else if (rules.mediaRequired === 'any' && media.length === 0) out.push(finding('media', 'media_required', 'Attach at least one image or video', '请至少添加一张图片或一个视频'));
  if (images.length > rules.maxImages) {
    out.push(finding('media', 'too_many_images', `${images.length} images; at most ${rules.maxImages} allowed`, `${images.length} 张图片，最多 ${rules.maxImages} 张`));
  }
  if (videos.length > rules.maxVideos) {
    out.push(finding('media', 'too_many_videos', `${videos.length} videos; at most ${rules.maxVideos} allowed`, `${videos.length} 个视频，最多 ${rules.maxVideos} 个`));
  }
  if (rules.mixedMediaAllowed === false && images.length > 0 && videos.length > 0) {
    out.push(finding('media', 'mixed_media', 'Images and a video cannot be combined in one post', '同一条帖子不能同时包含图片和视频'));
  }
  for (const type of new Set(media.map((m) => m.mimeType))) {
    if (!rules.allowedMediaTypes.includes(type)) out.push(finding('media', 'media_type_not_allowed', `Media type ${type} is not accepted`, `不支持的媒体格式 ${type}`));
  }
  media.forEach((m, i) => {
    const n = i + 1;
    const max = m.kind === 'image' ? rules.maxImageBytes : rules.maxVideoBytes;
    if (max !== undefined && m.sizeBytes != null && m.sizeBytes > max) {
      out.push(finding('media', m.kind === 'image' ? 'image_too_large' : 'video_too_large',
        `Media ${n} is ${MB(m.sizeBytes)}; at most ${MB(max)}`, `第 ${n} 个媒体 ${MB(m.sizeBytes)}，上限 ${MB(max)}`));
    }
    if (m.kind === 'video' && m.durationMs != null) {
      if (rules.maxVideoDurationMs !== undefined && m.durationMs > rules.maxVideoDurationMs) {
        out.push(finding('media', 'video_too_long', `Video ${n} runs ${SEC(m.durationMs)}; at most ${SEC(rules.maxVideoDurationMs)}`, `第 ${n} 个视频时长 ${SEC(m.durationMs)}，上限 ${SEC(rules.maxVideoDurationMs)}`));
      }
      if (rules.minVideoDurationMs !== undefined && m.durationMs < rules.minVideoDurationMs) {
        out.push(finding('media', 'video_too_short', `Video ${n} runs ${SEC(m.durationMs)}; at least ${SEC(rules.minVideoDurationMs)}`, `第 ${n} 个视频时长 ${SEC(m.durationMs)}，至少 ${SEC(rules.minVideoDurationMs)}`));
      }
    }
    if (rules.aspectRatio && m.width && m.height) {
      const r = m.width / m.height;
      if (r < rules.aspectRatio.min - 1e-3 || r > rules.aspectRatio.max + 1e-3) {
        out.push(finding('media', 'aspect_ratio',
          `Media ${n} is ${m.width}×${m.height}; the platform shows width/height between ${rules.aspectRatio.min.toFixed(2)} and ${rules.aspectRatio.max.toFixed(2)} and crops the rest`,
          `第 ${n} 个媒体尺寸 ${m.width}×${m.height}，平台展示宽高比 ${rules.aspectRatio.min.toFixed(2)}–${rules.aspectRatio.max.toFixed(2)}，超出部分会被裁剪`, 'warning'));
      }
    }
  });

  if (rules.maxHashtags !== undefined && hashtags.length > rules.maxHashtags) {
    out.push(finding('hashtags', 'too_many_hashtags', `${hashtags.length} hashtags; at most ${rules.maxHashtags}`, `${hashtags.length} 个话题，最多 ${rules.maxHashtags} 个`));
  }
  for (const tag of hashtags) {
    if (tag === '' || BAD_HASHTAG.test(tag)) {
      out.push(finding('hashtags', 'hashtag_invalid', `Hashtag "${tag}" must be non-empty, without spaces or #`, `话题“${tag}”不能为空，且不能包含空格或 #`));
    }
  }
  return out;
}
