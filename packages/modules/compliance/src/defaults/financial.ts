import type { DefaultTerm } from './default-lexicon.js';

/**
 * Financial promises: Advertising Law art. 25 (investment ads must not promise returns or guarantee
 * principal, and must state the risk) and the financial-marketing rules of the PBoC/CBIRC.
 */
export const FINANCIAL_TERMS: DefaultTerm[] = [
  { term: '保本', severity: 'critical', suggestion: '投资有风险，入市需谨慎' },
  { term: '保本保息', severity: 'critical', suggestion: '投资有风险，入市需谨慎' },
  { term: '稳赚', severity: 'critical', suggestion: '删除收益承诺' },
  { term: '稳赚不赔', severity: 'critical', suggestion: '删除收益承诺' },
  { term: '零风险', severity: 'critical', suggestion: '投资有风险' },
  { term: '无风险', severity: 'critical', suggestion: '投资有风险' },
  { term: '保证收益', severity: 'critical', suggestion: '删除收益承诺' },
  { term: '高收益', severity: 'high', suggestion: '写明历史业绩不代表未来表现' },
  { term: '年化收益', severity: 'medium', suggestion: '注明为历史数据并提示风险' },
  { term: '躺赚', severity: 'high', suggestion: '删除收益承诺' },
  { term: '日赚', severity: 'high', suggestion: '删除收益承诺' },
  { term: '翻倍', severity: 'medium', suggestion: '删除收益承诺' },
  { term: '刚性兑付', severity: 'critical', suggestion: '删除兑付承诺' },
  { term: '无抵押贷款', severity: 'high', suggestion: '写明放款机构与综合年化成本' },
  { term: '秒批', severity: 'medium', suggestion: '写明审批条件' },
];
