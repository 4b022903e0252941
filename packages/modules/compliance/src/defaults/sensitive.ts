import type { DefaultTerm } from './default-lexicon.js';

/**
 * Short, factual starting lists for content every platform forbids (Cybersecurity Law art. 12 and the
 * platforms' community rules). Deliberately small: each workspace extends them for its own market.
 */
export const GAMBLING_TERMS: DefaultTerm[] = [
  { term: '赌博', severity: 'critical' },
  { term: '网络赌场', severity: 'critical' },
  { term: '百家乐', severity: 'critical' },
  { term: '时时彩', severity: 'critical' },
  { term: '赌球', severity: 'critical' },
  { term: '博彩', severity: 'critical' },
];

export const DRUGS_TERMS: DefaultTerm[] = [
  { term: '冰毒', severity: 'critical' },
  { term: '海洛因', severity: 'critical' },
  { term: '摇头丸', severity: 'critical' },
  { term: '大麻', severity: 'critical' },
  { term: '吸毒', severity: 'critical' },
];

export const PORNOGRAPHY_TERMS: DefaultTerm[] = [
  { term: '色情', severity: 'critical' },
  { term: '裸聊', severity: 'critical' },
  { term: '约炮', severity: 'critical' },
  { term: '成人视频', severity: 'critical' },
];

export const VIOLENCE_TERMS: DefaultTerm[] = [
  { term: '枪支出售', severity: 'critical' },
  { term: '炸药制作', severity: 'critical' },
  { term: '砍人', severity: 'critical' },
  { term: '恐怖袭击', severity: 'critical' },
];

export const POLITICS_TERMS: DefaultTerm[] = [
  { term: '颠覆国家政权', severity: 'critical' },
  { term: '分裂国家', severity: 'critical' },
  { term: '邪教', severity: 'critical' },
];
