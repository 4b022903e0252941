/**
 * Post outcome simulation: who sees a post, when, and what they do next. Deterministic in
 * (world.seed, post.id). Formulas and their reasons are in the package README.
 */
import { generateComment } from './comment-text.js';
import { ONLINE, shanghaiHour } from './daily-rhythm.js';
import { EventBuffer } from './event-buffer.js';
import { STAGE, postQuality } from './post-features.js';
import { createRng, hashSeed, type Rng } from './prng.js';
import { EV, EVENT_TYPES, type EventColumns, type SimulatedEvent, type SimulatedPost } from './simulation.types.js';
import { TOPIC_KEYS, type TopicKey } from './topics.js';
import { sampleFollower } from './world.js';
import type { SandboxWorld } from './world.types.js';

/** Per-impression probabilities for an average fan (activity 1, on-topic neutral, quality 1). */
export const BASE_RATES = {
  like: 0.016,
  comment: 0.0018,
  share: 0.002,
  save: 0.0025,
  profile_visit: 0.005,
  link_click: 0.004,
  follow: 0.005,
  unfollow: 0.0006,
  /** Given a profile visit or link click. */
  add_to_cart: 0.09,
  /** Given an add-to-cart. */
  order: 0.2,
  videoView: 0.55,
  videoComplete: 0.32,
} as const;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const MAX_DELAY = 14 * 24 * HOUR;

/** Hours after publishing at which someone sees the post: 60% fast feed, 30% next day, 10% long tail (≤ 14 days). */
function impressionDelay(rng: Rng): number {
  const u = rng.next();
  const d = u < 0.6 ? rng.exp(4 * HOUR) : u < 0.9 ? rng.exp(30 * HOUR) : rng.exp(120 * HOUR);
  return d < MAX_DELAY ? d : rng.next() * MAX_DELAY;
}

function poissonish(rng: Rng, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * rng.normal()));
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = rng.next(); p > limit; p *= rng.next()) k++;
  return k;
}

const clamp = (v: number, lo: number, hi: number) => (v < lo ? lo : v > hi ? hi : v);

export function simulatePostColumns(world: SandboxWorld, post: SimulatedPost): EventColumns {
  const postHash = hashSeed(world.seed, 'post', post.id);
  const rng = createRng(postHash);
  const { kind, followers, population, activity, interests, peakHour, priceSensitivity, lang } = world;
  const bias = kind.actionBias;
  const q = postQuality(kind, world.rhythm, post);
  const st = STAGE[post.funnelStage];
  const topicIndex = post.topic ? TOPIC_KEYS.indexOf(post.topic as TopicKey) : -1;
  const topicMask = topicIndex >= 0 ? 1 << topicIndex : 0;
  const isVideo = post.mediaKind === 'video' && post.mediaCount > 0;
  const t0 = post.publishedAt.getTime();

  const luck = Math.exp(0.3 * rng.normal());
  const virality = Math.exp(0.6 * rng.normal());
  const followerImpressions = followers > 0 ? poissonish(rng, followers * kind.followerReach * st.followerReach * q.overall * luck) : 0;
  const pool = population - followers;
  const publicImpressions = pool > 0 ? poissonish(rng, followers * kind.publicReach * st.publicReach * q.overall ** 1.5 * virality) : 0;

  // Engagement responds to content more gently than reach does.
  const contentMul = Math.sqrt(q.length * q.hashtags * q.media);
  const sentimentShift = clamp(0.08 * (q.overall - 1), -0.04, 0.04);
  const positiveShare = 0.66 + sentimentShift - (post.funnelStage === 'decision' ? 0.03 : 0);
  const negativeShare = 0.1 - sentimentShift;
  const pLike = BASE_RATES.like * st.like * (bias.like ?? 1) * contentMul;
  const pComment = BASE_RATES.comment * st.comment * (bias.comment ?? 1) * contentMul;
  const pShare = BASE_RATES.share * st.share * (bias.share ?? 1) * contentMul;
  const pSave = BASE_RATES.save * st.save * (bias.save ?? 1) * contentMul;
  const pVisit = BASE_RATES.profile_visit * st.profile_visit * (bias.profile_visit ?? 1) * contentMul;
  const pClick = BASE_RATES.link_click * st.link_click * (bias.link_click ?? 1) * contentMul;
  const pFollow = BASE_RATES.follow * st.follow * (bias.follow ?? 1) * contentMul;
  const pUnfollow = BASE_RATES.unfollow * clamp(1.6 - 0.6 * q.overall, 0.4, 2);
  const pComplete = BASE_RATES.videoComplete * q.length;
  const loyaltyPublic = post.funnelStage === 'loyalty' ? 0.4 : 1;

  const buf = new EventBuffer((followerImpressions + publicImpressions) * 1.5);
  const changedFollow = new Set<number>();
  let orders = 0;

  const seenAt = (fan: number): number => {
    let t = t0;
    const row = peakHour[fan]! * 24;
    for (let attempt = 0; attempt < 3; attempt++) {
      t = t0 + 5000 + impressionDelay(rng);
      if (rng.next() < ONLINE[row + shanghaiHour(t)]!) break;
    }
    return Math.floor(t);
  };
  const after = (t: number, minMs: number, meanMs: number) => Math.floor(t + minMs + rng.exp(meanMs));

  const engage = (fan: number, isFollower: boolean) => {
    const t = seenAt(fan);
    buf.push(EV.impression, fan, t);
    const a = activity[fan]!;
    const topicMul = topicMask === 0 ? 1 : interests[fan]! & topicMask ? 1.6 : 0.6;
    const m = a * topicMul * (isFollower ? 1 : 0.55);
    if (isVideo && rng.next() < BASE_RATES.videoView * (isFollower ? 1.1 : 0.9)) {
      const tv = after(t, 1000, 4000);
      buf.push(EV.video_view, fan, tv);
      if (rng.next() < pComplete * clamp(a ** 0.3, 0.6, 1.6)) buf.push(EV.video_complete, fan, after(tv, 15_000, 40_000));
    }
    if (rng.next() < pLike * m) buf.push(EV.like, fan, after(t, 2000, MINUTE));
    if (rng.next() < pComment * m * (isFollower ? 1 : loyaltyPublic)) {
      const c = generateComment(rng, lang[fan] === 1 ? 'en' : 'zh', positiveShare, negativeShare, topicIndex);
      buf.push(EV.comment, fan, after(t, 10_000, 4 * MINUTE), c);
    }
    if (rng.next() < pShare * m) buf.push(EV.share, fan, after(t, 3000, 2 * MINUTE));
    if (rng.next() < pSave * m * (isFollower ? 1 : loyaltyPublic)) buf.push(EV.save, fan, after(t, 3000, MINUTE));
    const visited = rng.next() < pVisit * m;
    const tVisit = visited ? after(t, 2000, 3 * MINUTE) : 0;
    if (visited) buf.push(EV.profile_visit, fan, tVisit);
    const clicked = rng.next() < pClick * m;
    const tClick = clicked ? after(t, 2000, 2 * MINUTE) : 0;
    if (clicked) buf.push(EV.link_click, fan, tClick);
    if (visited || clicked) {
      const price = priceSensitivity[fan]!;
      if (rng.next() < BASE_RATES.add_to_cart * st.add_to_cart * Math.sqrt(topicMul) * (1.25 - 0.5 * price)) {
        const tCart = after(Math.max(tVisit, tClick), 30_000, 20 * MINUTE);
        buf.push(EV.add_to_cart, fan, tCart);
        if (rng.next() < BASE_RATES.order * st.order * (1.3 - 0.6 * price)) {
          const amount = Math.max(9.9, Math.round(129 * Math.exp(0.45 * rng.normal()) * (1.3 - 0.6 * price)) - 0.1);
          const orderId = `sbx_ord_${postHash.toString(36)}_${(orders++).toString(36)}`;
          buf.push(EV.order, fan, after(tCart, MINUTE, 2 * HOUR), { amount: Math.round(amount * 100) / 100, currency: 'CNY', orderId });
        }
      }
    }
    if (isFollower) {
      if (rng.next() < pUnfollow / Math.sqrt(a + 0.2) && !changedFollow.has(fan)) {
        changedFollow.add(fan);
        buf.push(EV.unfollow, fan, after(t, 5000, 10 * MINUTE));
      }
    } else if (rng.next() < pFollow * m * (visited ? 4 : 1) && !changedFollow.has(fan)) {
      changedFollow.add(fan);
      buf.push(EV.follow, fan, after(visited ? tVisit : t, 1000, MINUTE));
    }
  };

  for (let k = 0; k < followerImpressions; k++) engage(sampleFollower(world, rng.next()), true);
  for (let k = 0; k < publicImpressions; k++) {
    // The platform recommends to people interested in the topic: off-topic candidates are mostly skipped.
    let fan = followers + rng.int(pool);
    for (let tries = 0; topicMask && !(interests[fan]! & topicMask) && tries < 3 && rng.next() > 0.35; tries++) fan = followers + rng.int(pool);
    engage(fan, false);
  }
  return buf.toSortedColumns(t0);
}

/** The simulated engagement events of one post, oldest first. */
export function simulatePost(world: SandboxWorld, post: SimulatedPost): SimulatedEvent[] {
  return columnsToEvents(simulatePostColumns(world, post));
}

export function columnsToEvents(cols: EventColumns): SimulatedEvent[] {
  const out: SimulatedEvent[] = new Array(cols.count);
  for (let i = 0; i < cols.count; i++) {
    const props = cols.props[i];
    out[i] = props
      ? { type: EVENT_TYPES[cols.type[i]!]!, fanIndex: cols.fanIndex[i]!, at: new Date(cols.atMs[i]!), props }
      : { type: EVENT_TYPES[cols.type[i]!]!, fanIndex: cols.fanIndex[i]!, at: new Date(cols.atMs[i]!) };
  }
  return out;
}
