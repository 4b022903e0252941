/** How long a text is, the way a platform counts it. */
import type { HashtagSyntax, LengthCounting } from './content-rules.types.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** What platforms recognise as a link in post text (and shorten). */
export const LINK_PATTERN = /\bhttps?:\/\/[^\s<>"'，。！？、；：（）【】]+|\bwww\.[a-z0-9-]+\.[a-z]{2,}[^\s<>"'，。！？、；：（）【】]*/giu;

export function countGraphemes(text: string): number {
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

/** Weibo half-units: every ASCII character counts half, everything else (CJK, emoji as one grapheme) counts one. */
function weiboHalves(text: string): number {
  let halves = 0;
  for (const { segment } of segmenter.segment(text)) {
    halves += segment.length === 1 && segment.charCodeAt(0) < 128 ? 1 : segment === '\r\n' ? 1 : 2;
  }
  return halves;
}

/** Weibo: every ASCII character counts half, everything else (CJK, emoji as one grapheme) counts one; rounded up. */
export function countWeiboLength(text: string): number {
  return Math.ceil(weiboHalves(text) / 2);
}

const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

/** twitter-text v3 weight of one code point: 1 in its four light ranges, 2 otherwise. */
function twitterWeight(cp: number): number {
  return (cp <= 0x10ff) || (cp >= 0x2000 && cp <= 0x200d) || (cp >= 0x2010 && cp <= 0x201f) || (cp >= 0x2032 && cp <= 0x2037) ? 1 : 2;
}

/** X (Twitter): NFC, code points weighted (CJK 2), every emoji sequence 2. */
export function countTwitterLength(text: string): number {
  let n = 0;
  for (const { segment } of segmenter.segment(text.normalize('NFC'))) {
    if (EMOJI.test(segment)) n += 2;
    else for (const ch of segment) n += twitterWeight(ch.codePointAt(0)!);
  }
  return n;
}

function countPlain(text: string, counting: LengthCounting): number {
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
    case 'twitter':
      return countTwitterLength(text);
  }
}

/**
 * The length as the platform counts it. With `linkLength`, every link counts that many units whatever
 * its own length (the platform replaces it by a short link); for Weibo the half-units are summed first.
 */
export function countLength(text: string, counting: LengthCounting, linkLength?: number): number {
  if (linkLength === undefined) return countPlain(text, counting);
  const links = text.match(LINK_PATTERN) ?? [];
  const rest = text.replace(LINK_PATTERN, '');
  if (counting === 'weibo') return Math.ceil((weiboHalves(rest) + 2 * linkLength * links.length) / 2);
  return countPlain(rest, counting) + linkLength * links.length;
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
