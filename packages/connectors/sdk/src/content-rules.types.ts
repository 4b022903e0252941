/** What a platform accepts; `checkContentRules` turns a draft into findings against these. */

export const LENGTH_COUNTINGS = ['chars', 'weibo', 'graphemes', 'twitter'] as const;
export type LengthCounting = (typeof LENGTH_COUNTINGS)[number];
export type HashtagSyntax = '#tag' | '#tag#';

export interface ContentRules {
  maxTextLength: number;
  /**
   * chars = Unicode code points; weibo = CJK 1, ASCII 0.5 (rounded up), an emoji one; graphemes = user-perceived
   * characters; twitter = twitter-text weights (Latin-1, general punctuation 1; CJK, other scripts and every emoji 2).
   */
  lengthCounting: LengthCounting;
  /** A link counts as this many units whatever its length (the platform shortens it: X t.co 23, Weibo t.cn). */
  linkLength?: number;
  titleRequired: boolean;
  maxTitleLength?: number;
  maxImages: number;
  maxVideos: number;
  /** May images and videos go in the same post? */
  mixedMediaAllowed?: boolean;
  /** The post must carry media: any image or video, or a video. */
  mediaRequired?: 'any' | 'video';
  maxImageBytes?: number;
  maxVideoBytes?: number;
  minVideoDurationMs?: number;
  maxVideoDurationMs?: number;
  /** Accepted width / height of images and videos (e.g. 9:16 = 0.5625); outside it the platform crops or letterboxes. */
  aspectRatio?: { min: number; max: number };
  maxHashtags?: number;
  hashtagSyntax: HashtagSyntax;
  linksAllowed: boolean;
  /** MIME types, e.g. image/jpeg, video/mp4. */
  allowedMediaTypes: string[];
}

export type FindingField = 'text' | 'title' | 'media' | 'hashtags';

export type FindingCode =
  | 'text_empty'
  | 'text_too_long'
  | 'title_required'
  | 'title_too_long'
  | 'too_many_images'
  | 'too_many_videos'
  | 'mixed_media'
  | 'media_required'
  | 'video_required'
  | 'media_type_not_allowed'
  | 'image_too_large'
  | 'video_too_large'
  | 'video_too_short'
  | 'video_too_long'
  | 'aspect_ratio'
  | 'links_not_allowed'
  | 'too_many_hashtags'
  | 'hashtag_invalid'
  | 'hashtag_syntax';

export interface ContentFinding {
  field: FindingField;
  code: FindingCode;
  message: string;
}

/** error = the platform rejects the post; warning = it is accepted but will not look as intended. */
export type FindingSeverity = 'error' | 'warning';

/** What `checkContentRules` returns: a ContentFinding with a severity and the message in Chinese too. */
export interface RuleFinding extends ContentFinding {
  severity: FindingSeverity;
  messageZh: string;
}
