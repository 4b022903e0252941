/** One scheduled demo post → its publication row, its `post_published` event and its simulation input. */
import { createRng, hashSeed, type SandboxWorld, type SimulatedPost } from '@resonance/connector-sandbox';
import type { NewEvent } from '@resonance/events';
import { newId } from '@resonance/kernel';
import type { NewPublication } from '@resonance/publishing';
import { demoContent } from './demo-content.js';
import type { ScheduledPost } from './post-schedule.js';

export interface DemoAccount {
  id: string;
  kindKey: string;
  handle: string;
  world: SandboxWorld;
}

export const DEMO_SOURCE = 'demo-seed';
export const DEMO_PLATFORM = 'sandbox';

export function demoPublication(account: DemoAccount, sp: ScheduledPost, brandId: string, seed: number): { publication: NewPublication & { id: string }; published: NewEvent; sim: SimulatedPost } {
  const world = account.world;
  const content = demoContent(createRng(hashSeed(seed, 'post', account.kindKey, sp.n)), world.kind, sp.n + 1);
  const publishedAt = new Date(sp.publishedAtMs);
  const remoteId = `sbx_p_${world.seed.toString(36)}_${sp.n.toString(36)}`;
  const permalink = `https://sandbox.resonance.invalid/${encodeURIComponent(account.handle)}/p/${remoteId}`;
  const id = newId('pub', sp.publishedAtMs);
  return {
    publication: {
      id,
      accountId: account.id,
      brandId,
      remoteId,
      permalink,
      title: content.title,
      text: content.text,
      mediaKind: content.mediaKind,
      mediaCount: content.mediaCount,
      hashtags: content.hashtags,
      funnelStage: content.funnelStage,
      pillar: content.pillar,
      status: 'published',
      idempotencyKey: `demo:${account.kindKey}:${sp.n}`,
      publishedAt,
      createdAt: publishedAt,
    },
    published: {
      name: 'post_published',
      occurredAt: publishedAt,
      sourceId: DEMO_SOURCE,
      platform: DEMO_PLATFORM,
      accountId: account.id,
      publicationId: id,
      // pillar and funnelStage feed content insight (compare by pillar / funnel stage); R4's content studio sets them on real posts.
      properties: { title: content.title, excerpt: content.text.slice(0, 80), permalink, mediaKind: content.mediaKind, pillar: content.pillar, funnelStage: content.funnelStage },
    },
    // The simulation id is deterministic (the publication id is not), so the same seed gives the same events.
    sim: {
      id: `demo_${account.kindKey}_${sp.n}`,
      text: content.text,
      title: content.title,
      mediaCount: content.mediaCount,
      mediaKind: content.mediaKind,
      hashtags: content.hashtags,
      publishedAt,
      funnelStage: content.funnelStage,
      topic: content.topic,
    },
  };
}
