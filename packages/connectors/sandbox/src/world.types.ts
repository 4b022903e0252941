import type { SandboxAccountKind } from './account-kinds.js';

export interface SandboxWorldOptions {
  seed: number | string;
  /** Number of followers at `startAt`. */
  followers: number;
  startAt: Date;
  /** A key of SANDBOX_ACCOUNT_KINDS (wechat_oa, douyin, …); anything else uses the generic profile. */
  platformKind?: string;
  /** Non-followers the platform can recommend posts to; default 4 × followers (at least 2,000). */
  publicPool?: number;
}

/**
 * The simulated audience, stored as columns (typed arrays indexed by person) so a world of
 * hundreds of thousands of people is cheap. Indices [0, followers) are followers at `startAt`;
 * [followers, population) is the public pool.
 */
export interface SandboxWorld {
  readonly seed: number;
  readonly followers: number;
  readonly population: number;
  readonly startAt: Date;
  readonly kind: SandboxAccountKind;
  /** Bitmask over TOPICS. */
  readonly interests: Uint8Array;
  /** Interaction propensity, mean ≈ 1, log-normal (heavy tail: most rarely interact, a few a lot). */
  readonly activity: Float32Array;
  /** Asia/Shanghai hour at which the person is most often online. */
  readonly peakHour: Uint8Array;
  /** 0 (buys anything) … 1 (only on discount). */
  readonly priceSensitivity: Float32Array;
  /** 0 = zh, 1 = en. */
  readonly lang: Uint8Array;
  /** When each initial follower followed (ms), all before startAt. Length = followers. */
  readonly followedAtMs: Float64Array;
  /** Cumulative viewing weight over followers (activity^0.6), for weighted sampling. */
  readonly followerCdf: Float64Array;
  /** Share of the whole audience online at each Shanghai hour, max-normalised to 1. */
  readonly rhythm: Float32Array;
}
