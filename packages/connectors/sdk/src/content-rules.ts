/** Checks a draft against a platform's declared rules; an empty list means "the platform should accept it". */
import { composePostText, countLength } from './content-length.js';
import type { ContentFinding, ContentRules } from './content-rules.types.js';
import type { PostDraft } from './connector.types.js';

const LINK = /\bhttps?:\/\/\S+|\bwww\.[a-z0-9-]+\.[a-z]{2,}\S*/i;
const BAD_HASHTAG = /[\s#]/u;

export function checkContentRules(rules: ContentRules, draft: PostDraft): ContentFinding[] {
  const findings: ContentFinding[] = [];
  const media = draft.media ?? [];
  const hashtags = draft.hashtags ?? [];
  const images = media.filter((m) => m.kind === 'image').length;
  const videos = media.filter((m) => m.kind === 'video').length;

  if (draft.text.trim() === '' && media.length === 0) {
    findings.push({ field: 'text', code: 'text_empty', message: 'The post has neither text nor media' });
  }
  const length = countLength(composePostText(draft.text, hashtags, rules.hashtagSyntax), rules.lengthCounting);
  if (length > rules.maxTextLength) {
    findings.push({
      field: 'text',
      code: 'text_too_long',
      message: `Text is ${length} long (counted as ${rules.lengthCounting}, hashtags included); the limit is ${rules.maxTextLength}`,
    });
  }
  if (!rules.linksAllowed && LINK.test(draft.text)) {
    findings.push({ field: 'text', code: 'links_not_allowed', message: 'Links are not allowed in the text on this platform' });
  }

  const title = draft.title?.trim() ?? '';
  if (rules.titleRequired && title === '') {
    findings.push({ field: 'title', code: 'title_required', message: 'A title is required' });
  }
  if (rules.maxTitleLength !== undefined && countLength(title, rules.lengthCounting) > rules.maxTitleLength) {
    findings.push({ field: 'title', code: 'title_too_long', message: `Title is longer than ${rules.maxTitleLength}` });
  }

  if (images > rules.maxImages) {
    findings.push({ field: 'media', code: 'too_many_images', message: `${images} images; at most ${rules.maxImages} allowed` });
  }
  if (videos > rules.maxVideos) {
    findings.push({ field: 'media', code: 'too_many_videos', message: `${videos} videos; at most ${rules.maxVideos} allowed` });
  }
  if (rules.mixedMediaAllowed === false && images > 0 && videos > 0) {
    findings.push({ field: 'media', code: 'mixed_media', message: 'Images and a video cannot be combined in one post' });
  }
  for (const type of new Set(media.map((m) => m.mimeType))) {
    if (!rules.allowedMediaTypes.includes(type)) {
      findings.push({ field: 'media', code: 'media_type_not_allowed', message: `Media type ${type} is not accepted` });
    }
  }

  if (rules.maxHashtags !== undefined && hashtags.length > rules.maxHashtags) {
    findings.push({ field: 'hashtags', code: 'too_many_hashtags', message: `${hashtags.length} hashtags; at most ${rules.maxHashtags}` });
  }
  for (const tag of hashtags) {
    if (tag === '' || BAD_HASHTAG.test(tag)) {
      findings.push({ field: 'hashtags', code: 'hashtag_invalid', message: `Hashtag "${tag}" must be non-empty, without spaces or #` });
    }
  }
  return findings;
}
