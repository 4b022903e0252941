/**
 * A year (or `days`) of demo history, streamed: initial follows, then day by day the posts, their
 * `post_published` events and the sandbox simulation's events up to now; finally the fans who appeared.
 */
import { EVENT_TYPES, simulatePostColumns } from '@resonance/connector-sandbox';
import type { Database } from '@resonance/db';
import { withEventsBulkLoad } from '@resonance/events';
import { insertFans } from '@resonance/fans';
import type { Clock, Logger, SecretBox } from '@resonance/kernel';
import { insertPublications, type NewPublication } from '@resonance/publishing';
import { DemoAudience } from './demo-audience.js';
import { demoFans } from './demo-fans.js';
import { DEMO_PLATFORM, DEMO_SOURCE, demoPublication, type DemoAccount } from './demo-publication.js';
import { EventSink } from './event-sink.js';
import { postSchedule } from './post-schedule.js';

export interface HistoryOptions {
  workspaceId: string;
  brandId: string;
  accounts: readonly DemoAccount[];
  poolSize: number;
  days: number;
  postsPerDay: number;
  seed: number;
}

const DAY = 86_400_000;
/** Watching is anonymous for people who do not follow the account; anything more reveals who they are. */
const PASSIVE = new Set(['impression', 'video_view', 'video_complete']);
const FAN_CHUNK = 10_000;

export async function seedHistory(
  deps: { db: Database; secrets: SecretBox; clock: Clock; logger: Logger },
  o: HistoryOptions,
): Promise<{ fans: number; posts: number; events: number }> {
  const { db, clock } = deps;
  const nowMs = clock.now().getTime();
  const worlds = o.accounts.map((a) => a.world);
  const audience = new DemoAudience(o.poolSize, worlds, o.seed);
  const sink = new EventSink(db, o.workspaceId);
  let publications: NewPublication[] = [];
  let posts = 0;
  const flushPublications = async () => {
    await insertPublications(db, o.workspaceId, publications, clock);
    publications = [];
  };

  await withEventsBulkLoad(db, async () => {
    // Everyone who followed before the history starts.
    for (const [k, w] of worlds.entries()) {
      for (let i = 0; i < w.followers; i++) {
        const fanId = audience.fanId(audience.follower(k, i));
        if (sink.add({ name: 'follow', occurredAt: new Date(w.followedAtMs[i]!), sourceId: DEMO_SOURCE, platform: DEMO_PLATFORM, accountId: o.accounts[k]!.id, fanId })) await sink.flush();
      }
    }
    // One follow change per person and account: followers may unfollow once, others may follow once.
    const changed = worlds.map((w) => new Uint8Array(w.population));
    for (const day of postSchedule(o.accounts.map((a) => a.kindKey), nowMs - o.days * DAY, nowMs, o.postsPerDay, o.seed)) {
      for (const sp of day) {
        const account = o.accounts[sp.account]!;
        const { publication, published, sim } = demoPublication(account, sp, o.brandId, o.seed);
        publications.push(publication);
        posts++;
        sink.add(published);
        const cols = simulatePostColumns(account.world, sim);
        const state = changed[sp.account]!;
        for (let i = 0; i < cols.count; i++) {
          const atMs = cols.atMs[i]!;
          if (atMs > nowMs) break; // time-ordered: the rest has not happened yet
          const name = EVENT_TYPES[cols.type[i]!]!;
          const index = cols.fanIndex[i]!;
          const isFollower = index < account.world.followers;
          if (name === 'follow' || name === 'unfollow') {
            if (state[index] === 1 || isFollower !== (name === 'unfollow')) continue;
            state[index] = 1;
          }
          let fanId: string | null = null;
          if (isFollower || !PASSIVE.has(name)) {
            const p = audience.person(sp.account, index, atMs);
            audience.seen(p, atMs);
            fanId = audience.fanId(p);
          }
          const properties = (cols.props[i] as Record<string, unknown> | undefined) ?? null;
          const e = { name, occurredAt: new Date(atMs), sourceId: DEMO_SOURCE, platform: DEMO_PLATFORM, accountId: account.id, publicationId: publication.id, fanId, properties };
          if (sink.add(e)) await sink.flush();
        }
      }
      if (publications.length >= 2_000) await flushPublications();
    }
    await flushPublications();
    await sink.flush();
  });
  deps.logger.info('demo seed: history written', { events: sink.count, posts });

  const accountIds = o.accounts.map((a) => a.id);
  for (let from = 0; from < audience.size; from += FAN_CHUNK) {
    const to = Math.min(audience.size, from + FAN_CHUNK);
    await insertFans(db, deps.secrets, o.workspaceId, demoFans(audience, accountIds, from, to, o.seed), clock);
  }
  return { fans: audience.size, posts, events: sink.count };
}
