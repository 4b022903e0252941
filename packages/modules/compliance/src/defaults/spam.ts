import type { DefaultTerm } from './default-lexicon.js';

/** Lead generation off-platform and fake engagement: platforms' community rules ban or throttle these. */
export const SPAM_TERMS: DefaultTerm[] = [
  { term: '加微信', severity: 'high', suggestion: '使用平台内私信或官方组件' },
  { term: '加V', severity: 'high', suggestion: '使用平台内私信或官方组件', variants: false },
  { term: '加vx', severity: 'high', suggestion: '使用平台内私信或官方组件', variants: false },
  { term: '私聊领取', severity: 'medium', suggestion: '评论区或官方活动页领取' },
  { term: '私信领取', severity: 'medium', suggestion: '评论区或官方活动页领取' },
  { term: '免费领', severity: 'medium', suggestion: '写明活动规则' },
  { term: '点击链接领取', severity: 'medium', suggestion: '使用平台官方链接组件' },
  { term: '刷单', severity: 'critical', suggestion: '删除' },
  { term: '刷粉', severity: 'critical', suggestion: '删除' },
  { term: '刷好评', severity: 'critical', suggestion: '删除' },
  { term: '互粉', severity: 'medium', suggestion: '删除' },
  { term: '兼职日结', severity: 'high', suggestion: '删除' },
  { term: '扫码进群', severity: 'medium', suggestion: '使用平台官方群组件' },
  { term: '淘口令', severity: 'medium', suggestion: '使用平台官方商品组件' },
];
