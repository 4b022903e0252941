/** When the demo accounts post: per-kind daily rates, Asia/Shanghai posting hours, deterministic for a seed. */
import { createRng, hashSeed } from '@resonance/connector-sandbox';

/** Posts per day at the default 4.6 posts/day for the whole brand. */
export const DAILY_RATE: Readonly<Record<string, number>> = {
  wechat_oa: 0.6,
  weibo: 1.4,
  douyin: 1.0,
  xiaohongshu: 0.8,
  bilibili: 0.35,
  bluesky: 0.45,
};
export const DEFAULT_POSTS_PER_DAY = 4.6;

const DAY = 86_400_000;
const SHANGHAI = 8 * 3_600_000;
/** Local posting hours, weighted towards the lunch break and the evening. */
const HOURS = [8, 9, 11, 12, 12, 13, 17, 18, 19, 19, 20, 20, 20, 21, 21, 22];

export interface ScheduledPost {
  account: number;
  /** Running number of the post within its account. */
  n: number;
  publishedAtMs: number;
}

/**
 * The posts of each local day from `startMs` up to `nowMs` (exclusive), day by day, oldest first.
 * `kinds[k]` is account k's kind key.
 */
export function* postSchedule(kinds: readonly string[], startMs: number, nowMs: number, postsPerDay: number, seed: number): Generator<ScheduledPost[]> {
  const rng = createRng(hashSeed(seed, 'schedule'));
  const scale = postsPerDay / DEFAULT_POSTS_PER_DAY;
  const carry = kinds.map(() => rng.next());
  const counters = kinds.map(() => 0);
  const firstDay = Math.floor((startMs + SHANGHAI) / DAY) * DAY - SHANGHAI;
  for (let day = firstDay; day < nowMs; day += DAY) {
    const posts: ScheduledPost[] = [];
    kinds.forEach((kind, k) => {
      carry[k]! += (DAILY_RATE[kind] ?? 0.5) * scale * (0.5 + rng.next());
      const count = Math.floor(carry[k]!);
      carry[k]! -= count;
      for (let i = 0; i < count; i++) {
        const at = day + rng.pick(HOURS) * 3_600_000 + rng.int(3_600_000);
        if (at >= startMs && at < nowMs) posts.push({ account: k, n: 0, publishedAtMs: at });
      }
    });
    posts.sort((a, b) => a.publishedAtMs - b.publishedAtMs || a.account - b.account);
    for (const p of posts) p.n = counters[p.account]!++;
    yield posts;
  }
}
