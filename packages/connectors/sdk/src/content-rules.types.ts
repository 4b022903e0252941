/** What a platform accepts; `checkContentRules` turns a draft into findings against these. */
export type LengthCounting = 'chars' | 'weibo' | 'graphemes';
export type HashtagSyntax = '#tag' | '#tag#';

export interface ContentRules {
  maxTextLength: number;
  /** chars = Unicode code points; weibo = CJK 1, ASCII 0.5 (rounded up); graphemes = user-perceived characters. */
  lengthCounting: LengthCounting;
  titleRequired: boolean;
  maxTitleLength?: number;
  maxImages: number;
  maxVideos: number;
  /** May images and videos go in the same post? */
  mixedMediaAllowed?: boolean;
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
  | 'media_type_not_allowed'
  | 'links_not_allowed'
  | 'too_many_hashtags'
  | 'hashtag_invalid';

export interface ContentFinding {
  field: FindingField;
  code: FindingCode;
  message: string;
}
