/** Random but plausible posts for an account kind: used by tests, the speed script and the demo seed. */
import type { SandboxAccountKind } from './account-kinds.js';
import { createRng, hashSeed } from './prng.js';
import type { FunnelStage, PostMediaKind, SimulatedPost } from './simulation.types.js';
import { TOPICS } from './topics.js';

const STAGES: readonly FunnelStage[] = ['awareness', 'awareness', 'interest', 'interest', 'decision', 'loyalty'];
const FILLER = '春季新品上市，这次的配方升级了很多细节，适合日常通勤使用。';

export function demoPosts(kind: SandboxAccountKind, count: number, startAt: Date, seed: number | string = 1): SimulatedPost[] {
  const rng = createRng(hashSeed(seed, 'demo-posts', kind.key));
  const spacing = (90 * 86_400_000) / Math.max(1, count);
  return Array.from({ length: count }, (_, i) => {
    const u = rng.next();
    const mediaKind: PostMediaKind = u < 0.6 ? kind.typicalMedia : u < 0.8 ? 'image' : u < 0.9 ? 'video' : 'none';
    const topic = rng.next() < 0.85 ? rng.pick(TOPICS) : undefined;
    const length = Math.round(kind.idealLength[0] + rng.next() * (kind.idealLength[1] - kind.idealLength[0]) * 0.8);
    const text = (topic ? `${topic.zh} · ` : '') + FILLER.repeat(Math.ceil(length / FILLER.length)).slice(0, length);
    return {
      id: `demo_${kind.key}_${i}`,
      text,
      mediaCount: mediaKind === 'none' ? 0 : mediaKind === 'video' ? 1 : 1 + rng.int(6),
      mediaKind,
      hashtags: topic ? (rng.next() < 0.5 ? [topic.zh, '新品'] : [topic.zh]) : [],
      publishedAt: new Date(startAt.getTime() + Math.floor(i * spacing + rng.next() * spacing)),
      funnelStage: rng.pick(STAGES),
      ...(topic ? { topic: topic.key } : {}),
    };
  });
}
