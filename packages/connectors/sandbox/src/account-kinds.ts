/**
 * Simulated account presets, named after real platform kinds, for the demo brand.
 * Numbers are per-account audience parameters of the sandbox model (see README), not facts about the platforms.
 */
export type MediaKindOrNone = 'none' | 'image' | 'video';

export interface SandboxAccountKind {
  key: string;
  name: string;
  /** Audience size of the preset. */
  followers: number;
  /** Expected share of followers reached by an average post. */
  followerReach: number;
  /** Public (non-follower) impressions of an average post, per follower. */
  publicReach: number;
  /** Reach multiplier by media kind: douyin punishes text-only, wechat_oa barely cares. */
  mediaBias: Record<MediaKindOrNone, number>;
  /** Text length (graphemes) with no length penalty. */
  idealLength: [number, number];
  /** Per-action multipliers on the base engagement rates. */
  actionBias: { like?: number; comment?: number; share?: number; save?: number; link_click?: number; profile_visit?: number; follow?: number };
  /** Share of the audience writing in English. */
  englishShare: number;
  /** What this kind of account mostly posts (for demo content). */
  typicalMedia: MediaKindOrNone;
}

const generic: SandboxAccountKind = {
  key: 'sandbox',
  name: 'Sandbox 沙盒',
  followers: 2000,
  followerReach: 0.08,
  publicReach: 0.05,
  mediaBias: { none: 0.75, image: 1, video: 1.35 },
  idealLength: [30, 500],
  actionBias: {},
  englishShare: 0.15,
  typicalMedia: 'image',
};

export const SANDBOX_ACCOUNT_KINDS: readonly SandboxAccountKind[] = [
  {
    ...generic,
    key: 'wechat_oa',
    name: '微信公众号 (sandbox)',
    followers: 8000,
    followerReach: 0.06,
    publicReach: 0.012,
    mediaBias: { none: 1, image: 1.05, video: 0.95 },
    idealLength: [300, 3000],
    actionBias: { share: 1.6, link_click: 1.5, comment: 0.6, follow: 0.6 },
    englishShare: 0.04,
    typicalMedia: 'none',
  },
  {
    ...generic,
    key: 'weibo',
    name: '微博 (sandbox)',
    followers: 20000,
    followerReach: 0.012,
    publicReach: 0.011,
    mediaBias: { none: 0.7, image: 1.1, video: 1.3 },
    idealLength: [20, 300],
    actionBias: { share: 1.8, comment: 1.2 },
    englishShare: 0.05,
    typicalMedia: 'image',
  },
  {
    ...generic,
    key: 'douyin',
    name: '抖音 (sandbox)',
    followers: 15000,
    followerReach: 0.006,
    publicReach: 0.02,
    mediaBias: { none: 0.3, image: 0.65, video: 1.6 },
    idealLength: [10, 120],
    actionBias: { like: 1.4, follow: 1.5, save: 0.8 },
    englishShare: 0.02,
    typicalMedia: 'video',
  },
  {
    ...generic,
    key: 'xiaohongshu',
    name: '小红书 (sandbox)',
    followers: 10000,
    followerReach: 0.015,
    publicReach: 0.025,
    mediaBias: { none: 0.5, image: 1.25, video: 1.2 },
    idealLength: [80, 800],
    actionBias: { save: 2.2, comment: 1.2, profile_visit: 1.3 },
    englishShare: 0.03,
    typicalMedia: 'image',
  },
  {
    ...generic,
    key: 'bilibili',
    name: '哔哩哔哩 (sandbox)',
    followers: 8000,
    followerReach: 0.02,
    publicReach: 0.018,
    mediaBias: { none: 0.5, image: 0.8, video: 1.5 },
    idealLength: [20, 400],
    actionBias: { comment: 1.6, save: 1.3 },
    englishShare: 0.03,
    typicalMedia: 'video',
  },
  {
    ...generic,
    key: 'bluesky',
    name: 'Bluesky (sandbox)',
    followers: 2000,
    followerReach: 0.12,
    publicReach: 0.05,
    mediaBias: { none: 0.9, image: 1.1, video: 1.1 },
    idealLength: [20, 280],
    actionBias: { share: 1.3, link_click: 1.2 },
    englishShare: 0.75,
    typicalMedia: 'none',
  },
];

export const GENERIC_SANDBOX_KIND: SandboxAccountKind = generic;

export function sandboxAccountKind(key: string | undefined): SandboxAccountKind {
  return SANDBOX_ACCOUNT_KINDS.find((k) => k.key === key) ?? generic;
}
