/** How long a text is, the way a platform counts it. */
import type { HashtagSyntax, LengthCounting } from './content-rules.types.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function countGraphemes(text: string): number {
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

/** Weibo: every ASCII character counts half, everything else (CJK, emoji as one grapheme) counts one; rounded up. */
export function countWeiboLength(text: string): number {
  let halves = 0;
  for (const { segment } of segmenter.segment(text)) {
    halves += segment.length === 1 && segment.charCodeAt(0) < 128 ? 1 : segment === '\r\n' ? 1 : 2;
  }
  return Math.ceil(halves / 2);
}

export function countLength(text: string, counting: LengthCounting): number {
  switch (counting) {
    case 'chars': {
      let n = 0;
      for (const _ of text) n++;
      return n;
    }
    case 'graphemes':
      return countGraphemes(text);
    case 'weibo':
      return countWeiboLength(text);
  }
}

export function renderHashtag(tag: string, syntax: HashtagSyntax): string {
  return syntax === '#tag#' ? `#${tag}#` : `#${tag}`;
}

/** The text as it will be posted: body, then the hashtags in the platform's syntax. */
export function composePostText(text: string, hashtags: readonly string[] | undefined, syntax: HashtagSyntax): string {
  if (!hashtags || hashtags.length === 0) return text;
  const tags = hashtags.map((t) => renderHashtag(t, syntax)).join(' ');
  return text ? `${text} ${tags}` : tags;
}
