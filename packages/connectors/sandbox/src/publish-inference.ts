/** Turns a publish call into a simulated post: media kind from the attachments, stage and topic from annotations or the text. */
import type { PublishInput } from '@resonance/connector-sdk';
import type { FunnelStage, SimulatedPost } from './simulation.types.js';
import { TOPIC_KEYS, detectTopic, type TopicKey } from './topics.js';

const STAGE_WORDS: [FunnelStage, RegExp][] = [
  ['decision', /下单|购买|优惠|折扣|券|链接|秒杀|限时|抢购|包邮|https?:\/\/|\bbuy\b|\bshop\b|discount|\bsale\b|% off|order now/i],
  ['loyalty', /会员|老粉|粉丝福利|感谢|回馈|宠粉|\bmembers?\b|thank you|community|loyal/i],
  ['interest', /如何|怎么|教程|测评|攻略|干货|对比|\bhow\b|\bwhy\b|guide|review|tips/i],
];
const STAGES: readonly string[] = ['awareness', 'interest', 'decision', 'loyalty'];

export function detectFunnelStage(text: string): FunnelStage {
  return STAGE_WORDS.find(([, re]) => re.test(text))?.[0] ?? 'awareness';
}

export function toSimulatedPost(id: string, input: PublishInput, publishedAt: Date): SimulatedPost {
  const media = input.media ?? [];
  const videos = media.filter((m) => m.kind === 'video').length;
  const text = input.title ? `${input.title}\n${input.text}` : input.text;
  const stage = input.annotations?.funnelStage;
  const topic = input.annotations?.topic;
  const resolvedTopic = topic && TOPIC_KEYS.includes(topic as TopicKey) ? topic : detectTopic(text, input.hashtags);
  return {
    id,
    text: input.text,
    ...(input.title ? { title: input.title } : {}),
    mediaCount: media.length,
    mediaKind: videos > 0 ? 'video' : media.length > 0 ? 'image' : 'none',
    hashtags: input.hashtags ?? [],
    publishedAt,
    funnelStage: stage && STAGES.includes(stage) ? (stage as FunnelStage) : detectFunnelStage(text),
    ...(resolvedTopic ? { topic: resolvedTopic } : {}),
  };
}
