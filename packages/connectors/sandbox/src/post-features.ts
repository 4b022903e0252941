/**
 * How content features move outcomes. Each factor is a multiplier around 1; the README documents
 * the formulas. `quality` (length × media × hashtags × timing) scales reach and, more gently, engagement.
 */
import type { SandboxAccountKind } from './account-kinds.js';
import { shanghaiHour } from './daily-rhythm.js';
import type { FunnelStage, SimulatedPost } from './simulation.types.js';

const segmenter = new Intl.Segmenter('zh', { granularity: 'grapheme' });

/** ASCII, Latin-1, general punctuation (no joiners), CJK and full-width forms: one code unit = one grapheme. */
const SIMPLE = /^[\n\t\u0020-\u007E\u00A0-\u00FF\u2010-\u206F\u3000-\u30FF\u4E00-\u9FFF\uFF00-\uFFEF]*$/;

export function graphemeLength(text: string): number {
  if (SIMPLE.test(text)) return text.length;
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

/** 0.5 (a few characters) → 1 inside the ideal range → down to 0.5 when far too long. */
export function lengthFactor(length: number, [min, max]: [number, number]): number {
  if (length < min) return 0.5 + 0.5 * (length / min);
  if (length <= max) return 1;
  return Math.max(0.5, 1 - 0.5 * ((length - max) / max));
}

/** No hashtag 0.9; 1–3 help (1.1); 4–5 neutral; from 6 on each extra tag costs 0.07 (floor 0.5). */
export function hashtagFactor(count: number): number {
  if (count === 0) return 0.9;
  if (count <= 3) return 1.1;
  if (count <= 5) return 1;
  return Math.max(0.5, 0.93 - 0.07 * (count - 6));
}

/** 0.6 when the audience sleeps → 1.2 at its evening peak. */
export function timingFactor(rhythm: Float32Array, publishedAt: Date): number {
  return 0.6 + 0.6 * rhythm[shanghaiHour(publishedAt.getTime())]!;
}

export interface StageProfile {
  followerReach: number;
  publicReach: number;
  like: number;
  comment: number;
  share: number;
  save: number;
  profile_visit: number;
  link_click: number;
  add_to_cart: number;
  order: number;
  follow: number;
}

/** awareness buys reach, interest saves and visits, decision clicks and carts, loyalty comments from followers. */
export const STAGE: Record<FunnelStage, StageProfile> = {
  awareness: { followerReach: 1, publicReach: 1.4, like: 1, comment: 0.8, share: 1.3, save: 0.8, profile_visit: 0.9, link_click: 0.5, add_to_cart: 0.5, order: 0.8, follow: 1.3 },
  interest: { followerReach: 1, publicReach: 1, like: 1.1, comment: 1, share: 1, save: 1.4, profile_visit: 1.4, link_click: 1, add_to_cart: 0.8, order: 0.9, follow: 1.1 },
  decision: { followerReach: 0.9, publicReach: 0.8, like: 0.8, comment: 0.9, share: 0.7, save: 1, profile_visit: 1.2, link_click: 2.5, add_to_cart: 2.2, order: 1.4, follow: 0.7 },
  loyalty: { followerReach: 1.3, publicReach: 0.4, like: 1.3, comment: 2.2, share: 0.9, save: 1.5, profile_visit: 0.8, link_click: 0.8, add_to_cart: 1, order: 1.2, follow: 0.5 },
};

export interface PostQuality {
  length: number;
  media: number;
  hashtags: number;
  timing: number;
  /** Product of the four. */
  overall: number;
}

export function postQuality(kind: SandboxAccountKind, rhythm: Float32Array, post: SimulatedPost): PostQuality {
  const text = post.title ? `${post.title}\n${post.text}` : post.text;
  const length = lengthFactor(graphemeLength(text), kind.idealLength);
  const media = kind.mediaBias[post.mediaCount > 0 ? post.mediaKind : 'none'];
  const hashtags = hashtagFactor(post.hashtags.length);
  const timing = timingFactor(rhythm, post.publishedAt);
  return { length, media, hashtags, timing, overall: length * media * hashtags * timing };
}
