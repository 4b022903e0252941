/** Builds a deterministic audience from a seed. */
import { sandboxAccountKind } from './account-kinds.js';
import { ONLINE, PEAK_HOUR_MIX } from './daily-rhythm.js';
import { createRng, hashSeed, type Rng } from './prng.js';
import { TOPICS } from './topics.js';
import type { SandboxWorld, SandboxWorldOptions } from './world.types.js';

const ACTIVITY_SIGMA = 1.1;
const ACTIVITY_MU = -(ACTIVITY_SIGMA * ACTIVITY_SIGMA) / 2; // mean 1
const ACTIVITY_CAP = 30;
const DAY_MS = 86_400_000;

function pickPeakHour(rng: Rng): number {
  let u = rng.next();
  for (const m of PEAK_HOUR_MIX) {
    if (u < m.weight) return rng.pick(m.hours);
    u -= m.weight;
  }
  return 21;
}

/** 1–3 interests, topic popularity skewed towards the first topics of the list. */
function pickInterests(rng: Rng): number {
  const n = 1 + Math.floor(rng.next() * rng.next() * 3.2);
  let mask = 0;
  for (let k = 0; k < n; k++) mask |= 1 << Math.min(TOPICS.length - 1, Math.floor(TOPICS.length * rng.next() ** 1.3));
  return mask;
}

export function createSandboxWorld(options: SandboxWorldOptions): SandboxWorld {
  const seed = typeof options.seed === 'number' ? options.seed >>> 0 : hashSeed(options.seed);
  const kind = sandboxAccountKind(options.platformKind);
  const followers = Math.max(0, Math.floor(options.followers));
  const population = followers + Math.floor(options.publicPool ?? Math.max(2000, followers * 4));
  const rng = createRng(hashSeed(seed, 'world', kind.key));

  const interests = new Uint8Array(population);
  const activity = new Float32Array(population);
  const peakHour = new Uint8Array(population);
  const priceSensitivity = new Float32Array(population);
  const lang = new Uint8Array(population);
  for (let i = 0; i < population; i++) {
    interests[i] = pickInterests(rng);
    activity[i] = Math.min(ACTIVITY_CAP, Math.exp(ACTIVITY_MU + ACTIVITY_SIGMA * rng.normal()));
    peakHour[i] = pickPeakHour(rng);
    priceSensitivity[i] = Math.min(1, Math.max(0, 0.5 + 0.22 * rng.normal()));
    lang[i] = rng.next() < kind.englishShare ? 1 : 0;
  }

  const startMs = options.startAt.getTime();
  const followedAtMs = new Float64Array(followers);
  const followerCdf = new Float64Array(followers);
  let acc = 0;
  for (let i = 0; i < followers; i++) {
    followedAtMs[i] = startMs - Math.floor((rng.next() ** 2) * 730 * DAY_MS) - 60_000; // more recent follows are likelier
    acc += activity[i]! ** 0.6;
    followerCdf[i] = acc;
  }

  const peakCounts = new Float64Array(24);
  for (let i = 0; i < population; i++) peakCounts[peakHour[i]!]! += 1;
  const rhythm = new Float32Array(24);
  for (let p = 0; p < 24; p++) for (let h = 0; h < 24; h++) rhythm[h]! += peakCounts[p]! * ONLINE[p * 24 + h]!;
  const max = Math.max(...rhythm);
  for (let h = 0; h < 24; h++) rhythm[h] = max > 0 ? rhythm[h]! / max : 1;

  return { seed, followers, population, startAt: new Date(startMs), kind, interests, activity, peakHour, priceSensitivity, lang, followedAtMs, followerCdf, rhythm };
}

/** A follower drawn with probability proportional to their viewing weight (binary search on the CDF). */
export function sampleFollower(world: SandboxWorld, u: number): number {
  const cdf = world.followerCdf;
  const target = u * cdf[cdf.length - 1]!;
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cdf[mid]! <= target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
