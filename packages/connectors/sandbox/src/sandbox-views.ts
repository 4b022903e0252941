/** Read models of the sandbox platform, computed from the simulated events as of a given instant. */
import type { PostMetrics, RemoteComment, RemoteDirectMessage } from '@resonance/connector-sdk';
import { generateDirectMessage } from './comment-text.js';
import { fanName, fanRemoteId } from './fan-names.js';
import { createRng, hashSeed } from './prng.js';
import type { SandboxAccount, SandboxPost } from './sandbox-state.types.js';
import { simulatePostColumns } from './simulate-post.js';
import { EV, type CommentProps, type EventColumns } from './simulation.types.js';
import { sampleFollower } from './world.js';

const DAY_MS = 86_400_000;

export function postEvents(account: SandboxAccount, post: SandboxPost): EventColumns {
  post.events ??= simulatePostColumns(account.world, post.sim);
  return post.events;
}

/** Number of events at or before `ms` (events are sorted by time); a deleted post stops receiving events. */
export function eventsUntil(cols: EventColumns, post: SandboxPost, ms: number): number {
  const limit = Math.min(ms, post.deletedAtMs ?? Infinity);
  let lo = 0;
  let hi = cols.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cols.atMs[mid]! <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function metricsAt(account: SandboxAccount, post: SandboxPost, nowMs: number): PostMetrics {
  const cols = postEvents(account, post);
  const n = eventsUntil(cols, post, nowMs);
  const c = new Float64Array(16);
  const viewers = new Set<number>();
  for (let i = 0; i < n; i++) {
    const t = cols.type[i]!;
    c[t]! += 1;
    if (t === EV.impression) viewers.add(cols.fanIndex[i]!);
  }
  const video = post.sim.mediaKind === 'video' ? { videoViews: c[EV.video_view]!, completions: c[EV.video_complete]! } : {};
  return {
    impressions: c[EV.impression]!,
    reach: viewers.size,
    likes: c[EV.like]!,
    comments: c[EV.comment]!,
    shares: c[EV.share]!,
    saves: c[EV.save]!,
    ...video,
    profileVisits: c[EV.profile_visit]!,
    linkClicks: c[EV.link_click]!,
    at: new Date(nowMs),
  };
}

export function commentsAt(account: SandboxAccount, post: SandboxPost, nowMs: number): RemoteComment[] {
  const cols = postEvents(account, post);
  const n = eventsUntil(cols, post, nowMs);
  const out: RemoteComment[] = [];
  for (let i = 0, k = 0; i < n; i++) {
    if (cols.type[i] !== EV.comment) continue;
    const fan = cols.fanIndex[i]!;
    const props = cols.props[i] as CommentProps;
    out.push({
      remoteId: `${post.remoteId}_c${(k++).toString(36)}`,
      authorRemoteId: fanRemoteId(account.world, fan),
      authorName: fanName(account.world, fan),
      text: props.text,
      createdAt: new Date(cols.atMs[i]!),
    });
  }
  for (const r of account.replies.values()) {
    if (r.postRemoteId !== post.remoteId || r.createdAt.getTime() > nowMs) continue;
    out.push({
      remoteId: r.remoteId,
      authorRemoteId: account.remoteAccountId,
      authorName: account.displayName,
      text: r.text,
      createdAt: r.createdAt,
      ...(r.parentRemoteId ? { parentRemoteId: r.parentRemoteId } : {}),
    });
  }
  return out.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.remoteId < b.remoteId ? -1 : 1));
}

/** Followers as of `nowMs`: the world's initial followers, plus follows, minus unfollows from every post. */
export function followersAt(account: SandboxAccount, nowMs: number): { index: Int32Array; followedAtMs: Float64Array } {
  const key = `${nowMs}:${account.version}`;
  if (account.followerCache?.key === key) return account.followerCache;
  const { world } = account;
  const changes: { at: number; fan: number; follow: boolean }[] = [];
  for (const post of account.posts.values()) {
    const cols = postEvents(account, post);
    const n = eventsUntil(cols, post, nowMs);
    for (let i = 0; i < n; i++) {
      const t = cols.type[i];
      if (t === EV.follow || t === EV.unfollow) changes.push({ at: cols.atMs[i]!, fan: cols.fanIndex[i]!, follow: t === EV.follow });
    }
  }
  changes.sort((a, b) => a.at - b.at || a.fan - b.fan);
  const followedAt = new Map<number, number>();
  for (let i = 0; i < world.followers; i++) if (world.followedAtMs[i]! <= nowMs) followedAt.set(i, world.followedAtMs[i]!);
  for (const ch of changes) {
    if (ch.follow) {
      if (!followedAt.has(ch.fan)) followedAt.set(ch.fan, ch.at);
    } else followedAt.delete(ch.fan);
  }
  const index = Int32Array.from(followedAt.keys()).sort();
  const followedAtMs = Float64Array.from(index, (i) => followedAt.get(i)!);
  account.followerCache = { key, index, followedAtMs };
  return account.followerCache;
}

/** A few questions a day from active followers (at most the last 60 days). */
export function directMessagesAt(account: SandboxAccount, nowMs: number): RemoteDirectMessage[] {
  const { world } = account;
  if (world.followers === 0) return [];
  const startMs = world.startAt.getTime();
  const days = Math.floor((nowMs - startMs) / DAY_MS);
  const out: RemoteDirectMessage[] = [];
  for (let d = Math.max(0, days - 59); d <= days; d++) {
    const rng = createRng(hashSeed(world.seed, 'dm', d));
    const count = 1 + rng.int(2 + Math.floor(world.followers / 5000));
    for (let j = 0; j < count; j++) {
      const fan = sampleFollower(world, rng.next());
      const at = startMs + d * DAY_MS + ((world.peakHour[fan]! + 16) % 24) * 3_600_000 + rng.int(3_600_000);
      const text = generateDirectMessage(rng, world.lang[fan] === 1 ? 'en' : 'zh');
      if (at > nowMs || at < startMs) continue;
      out.push({ remoteId: `${account.remoteAccountId}_dm_${d.toString(36)}_${j}`, fromRemoteUserId: fanRemoteId(world, fan), fromName: fanName(world, fan), text, createdAt: new Date(at) });
    }
  }
  return out.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.remoteId < b.remoteId ? -1 : 1));
}

/** Keyset pagination over a list sorted by (time, id): the cursor is the last item's key. */
export function pageAfter<T>(items: T[], keyOf: (item: T) => string, cursor: string | undefined, size: number): { items: T[]; nextCursor?: string } {
  let start = 0;
  if (cursor !== undefined) {
    const at = items.findIndex((x) => keyOf(x) === cursor);
    start = at >= 0 ? at + 1 : items.findIndex((x) => keyOf(x) > cursor);
    if (start < 0) start = items.length;
  }
  const page = items.slice(start, start + size);
  const more = start + size < items.length;
  return more ? { items: page, nextCursor: keyOf(page[page.length - 1]!) } : { items: page };
}

export const timeKey = (x: { createdAt: Date; remoteId: string }) => `${x.createdAt.getTime().toString().padStart(15, '0')}~${x.remoteId}`;

