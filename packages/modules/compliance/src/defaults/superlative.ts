import type { DefaultTerm } from './default-lexicon.js';

/**
 * China Advertising Law (2015, rev. 2021) art. 9(3): ads must not use 国家级, 最高级, 最佳 and similar
 * terms; art. 57 fines ¥200k–1m. Our own list from the article's wording and common enforcement
 * practice (terms market regulators routinely cite): 最-forms, 第一/唯一/首-forms, 顶级/极致-forms,
 * time-limited pressure and absolute guarantees. Suggestions are the usual compliant rewrites.
 */
export const SUPERLATIVE_TERMS: DefaultTerm[] = [
  // the article's own words
  { term: '国家级', severity: 'high', suggestion: '删除，或写明具体获得的认证/荣誉' },
  { term: '最高级', severity: 'high', suggestion: '高品质' },
  { term: '最佳', severity: 'high', suggestion: '优选' },
  // 最-forms
  { term: '最好', severity: 'high', suggestion: '很好' },
  { term: '最优', severity: 'high', suggestion: '优选' },
  { term: '最强', severity: 'high', suggestion: '强劲' },
  { term: '最大', severity: 'medium', suggestion: '大容量' },
  { term: '最高', severity: 'medium', suggestion: '高' },
  { term: '最低', severity: 'high', suggestion: '优惠' },
  { term: '最便宜', severity: 'high', suggestion: '实惠' },
  { term: '最低价', severity: 'high', suggestion: '优惠价' },
  { term: '史上最低价', severity: 'critical', suggestion: '限时优惠价' },
  { term: '最先进', severity: 'high', suggestion: '先进' },
  { term: '最新技术', severity: 'medium', suggestion: '新技术' },
  { term: '最受欢迎', severity: 'high', suggestion: '广受欢迎' },
  { term: '最时尚', severity: 'medium', suggestion: '时尚' },
  { term: '最舒适', severity: 'medium', suggestion: '舒适' },
  { term: '最安全', severity: 'high', suggestion: '安全可靠' },
  // 第一 / 唯一 / 首-forms
  { term: '第一', severity: 'high', suggestion: '领先之一' },
  { term: '全网第一', severity: 'critical', suggestion: '广受好评' },
  { term: '全国第一', severity: 'critical', suggestion: '领先品牌之一' },
  { term: '行业第一', severity: 'critical', suggestion: '行业领先之一' },
  { term: 'NO.1', severity: 'high', suggestion: '领先之一', variants: false },
  { term: 'TOP1', severity: 'high', suggestion: '领先之一', variants: false },
  { term: '唯一', severity: 'high', suggestion: '少有' },
  { term: '独一无二', severity: 'medium', suggestion: '独具特色' },
  { term: '首个', severity: 'medium', suggestion: '写明可证实的出处，否则删除' },
  { term: '首选', severity: 'medium', suggestion: '优选' },
  { term: '销量冠军', severity: 'high', suggestion: '热销' },
  { term: '销量第一', severity: 'critical', suggestion: '热销' },
  { term: '全网销量第一', severity: 'critical', suggestion: '热销' },
  { term: '领导品牌', severity: 'medium', suggestion: '知名品牌' },
  // 顶级 / 极致-forms
  { term: '顶级', severity: 'high', suggestion: '高端' },
  { term: '顶尖', severity: 'high', suggestion: '出色' },
  { term: '极致', severity: 'high', suggestion: '出众' },
  { term: '极品', severity: 'medium', suggestion: '精品' },
  { term: '至尊', severity: 'medium', suggestion: '尊享' },
  { term: '王牌', severity: 'medium', suggestion: '主打' },
  { term: '万能', severity: 'high', suggestion: '多用途' },
  { term: '完美', severity: 'medium', suggestion: '出色' },
  { term: '世界级', severity: 'high', suggestion: '国际水准（需有依据）' },
  { term: '全球首发', severity: 'medium', suggestion: '新品首发（需有依据）' },
  // absolute guarantees
  { term: '100%', severity: 'high', suggestion: '写明可证实的数据和出处', variants: false },
  { term: '绝对', severity: 'medium', suggestion: '十分' },
  { term: '永久', severity: 'medium', suggestion: '长效' },
  { term: '100%有效', severity: 'critical', suggestion: '删除承诺，写明实测数据', variants: false },
  // time-limited pressure (common enforcement practice on 虚假/引人误解的宣传)
  { term: '仅此一次', severity: 'low', suggestion: '限时活动' },
  { term: '错过就没机会了', severity: 'low', suggestion: '活动期间' },
  { term: '秒杀全网', severity: 'high', suggestion: '超值' },
];
