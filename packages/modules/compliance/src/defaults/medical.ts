import type { DefaultTerm } from './default-lexicon.js';

/**
 * Medical and health claims: Advertising Law arts. 16–18 (medical, drug and health-food ads) forbid
 * cure and efficacy guarantees, and ordinary goods must not claim therapeutic effects (art. 17).
 */
export const MEDICAL_TERMS: DefaultTerm[] = [
  { term: '治愈', severity: 'critical', suggestion: '删除疗效表述' },
  { term: '根治', severity: 'critical', suggestion: '删除疗效表述' },
  { term: '药到病除', severity: 'critical', suggestion: '删除疗效表述' },
  { term: '包治百病', severity: 'critical', suggestion: '删除疗效表述' },
  { term: '包治', severity: 'critical', suggestion: '删除疗效表述' },
  { term: '无副作用', severity: 'critical', suggestion: '请遵医嘱' },
  { term: '无效退款', severity: 'high', suggestion: '删除疗效承诺' },
  { term: '一次见效', severity: 'high', suggestion: '删除疗效承诺' },
  { term: '永不复发', severity: 'critical', suggestion: '删除疗效承诺' },
  { term: '彻底治疗', severity: 'critical', suggestion: '删除疗效表述' },
  { term: '治疗效果', severity: 'high', suggestion: '普通商品不得宣称疗效' },
  { term: '抗癌', severity: 'critical', suggestion: '删除疗效表述' },
  { term: '防癌', severity: 'critical', suggestion: '删除疗效表述' },
  { term: '降血压', severity: 'high', suggestion: '删除疗效表述' },
  { term: '降血糖', severity: 'high', suggestion: '删除疗效表述' },
  { term: '减肥药', severity: 'high', suggestion: '删除或提供药品广告审查批准文号' },
  { term: '快速瘦身', severity: 'medium', suggestion: '配合运动与饮食管理' },
  { term: '延年益寿', severity: 'high', suggestion: '删除功效表述' },
  { term: '增强免疫力', severity: 'medium', suggestion: '仅限具备保健功能批准的产品' },
  { term: '医生推荐', severity: 'high', suggestion: '不得利用医生名义作推荐' },
  { term: '专家推荐', severity: 'medium', suggestion: '不得利用专家名义作推荐' },
  { term: '纯天然无添加', severity: 'medium', suggestion: '写明具体成分' },
];
