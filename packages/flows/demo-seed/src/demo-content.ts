/** Plausible demo posts: titles and texts in Chinese (some English), hashtags, pillars, funnel stages, media. */
import { TOPICS, type Rng, type SandboxAccountKind } from '@resonance/connector-sandbox';

export type Stage = 'awareness' | 'interest' | 'decision' | 'loyalty';
export type Media = 'none' | 'image' | 'video';

export interface DemoContent {
  title: string;
  text: string;
  hashtags: string[];
  pillar: string;
  funnelStage: Stage;
  topic: string;
  mediaKind: Media;
  mediaCount: number;
}

/** Content pillars and the funnel stages they usually serve. */
const PILLARS: readonly { name: string; stages: readonly Stage[] }[] = [
  { name: '产品种草', stages: ['awareness', 'interest', 'interest'] },
  { name: '干货教程', stages: ['interest', 'interest', 'awareness'] },
  { name: '用户故事', stages: ['loyalty', 'interest'] },
  { name: '品牌活动', stages: ['decision', 'decision', 'awareness'] },
  { name: '幕后花絮', stages: ['awareness', 'loyalty'] },
  { name: '会员福利', stages: ['loyalty', 'decision'] },
];

const TITLES_ZH = [
  '{t}新手必看：{k}的 5 个小技巧',
  '实测一个月，{k}到底值不值？',
  '本周{t}清单｜{k}篇',
  '{k}怎么选？一篇讲清楚',
  '限时福利：{k}会员专享价',
  '幕后：我们是怎么做{k}的',
  '粉丝故事｜她用{k}改变了日常',
  '{t}灵感合集，第 {n} 期',
  '别再踩坑了！{k}避雷指南',
  '新品上市｜{k}全新升级',
];
const TITLES_EN = [
  '{K}: 5 tips we wish we knew earlier',
  'One month with our new {K} — honest review',
  'Behind the scenes: making {K}',
  'Weekly picks #{n}: {K}',
  'Members only: early access to {K}',
];
const SENTENCES_ZH = [
  '这次我们把{k}的配方和细节重新打磨了一遍，',
  '很多粉丝在评论区问{k}怎么搭配，今天统一回复一下。',
  '坐标上海，门店已经可以体验啦。',
  '通勤、旅行、居家都适合，',
  '记得收藏，下次用得上。',
  '评论区告诉我们你最想看的{t}内容～',
  '本周下单享会员价，链接在主页。',
  '感谢一路陪伴的老粉，抽 10 位送小样。',
  '从原料到包装，每一步我们都反复测试。',
  '新手也能轻松上手，三步搞定。',
];
const SENTENCES_EN = [
  'We rebuilt {k} from the ground up based on your feedback. ',
  'Tell us in the comments what you want to see next! ',
  'Available in stores and online this week. ',
  'Thanks to everyone who has been with us since day one. ',
];

const fill = (s: string, topicZh: string, keyword: string, n: number) =>
  s.replaceAll('{t}', topicZh).replaceAll('{k}', keyword).replaceAll('{K}', keyword.charAt(0).toUpperCase() + keyword.slice(1)).replaceAll('{n}', String(n));

function pickMedia(rng: Rng, kind: SandboxAccountKind): { mediaKind: Media; mediaCount: number } {
  const u = rng.next();
  const mediaKind: Media = u < 0.65 ? kind.typicalMedia : u < 0.85 ? 'image' : u < 0.93 ? 'video' : 'none';
  return { mediaKind, mediaCount: mediaKind === 'none' ? 0 : mediaKind === 'video' ? 1 : 1 + rng.int(9) };
}

/** One post for an account of this kind; `n` is the post's running number (used in titles). */
export function demoContent(rng: Rng, kind: SandboxAccountKind, n: number): DemoContent {
  const topic = rng.pick(TOPICS);
  const english = rng.next() < Math.max(0.08, kind.englishShare);
  const enWords = topic.keywords.filter((k) => /^[a-z]/.test(k));
  const zhWords = topic.keywords.filter((k) => !/^[a-z]/.test(k));
  const keyword = english ? rng.pick(enWords) : rng.pick(zhWords);
  const pillar = rng.pick(PILLARS);
  const funnelStage = rng.pick(pillar.stages);
  const title = fill(rng.pick(english ? TITLES_EN : TITLES_ZH), topic.zh, keyword, n);
  const [min, max] = kind.idealLength;
  const target = Math.round(min * 0.6 + rng.next() * (max - min) * 0.5);
  const pool = english ? SENTENCES_EN : SENTENCES_ZH;
  let text = '';
  while (text.length < target) text += fill(rng.pick(pool), topic.zh, keyword, n);
  const tagCount = rng.int(5);
  const tags = [topic.zh, pillar.name, ...zhWords, ...enWords];
  const hashtags = [...new Set(Array.from({ length: tagCount }, (_, i) => (i === 0 ? topic.zh : rng.pick(tags))))];
  return { title, text: text.trim(), hashtags, pillar: pillar.name, funnelStage, topic: topic.key, ...pickMedia(rng, kind) };
}
