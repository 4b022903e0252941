import type { DefaultLexicon } from './default-lexicon.js';
import { FINANCIAL_TERMS } from './financial.js';
import { MEDICAL_TERMS } from './medical.js';
import { DRUGS_TERMS, GAMBLING_TERMS, POLITICS_TERMS, PORNOGRAPHY_TERMS, VIOLENCE_TERMS } from './sensitive.js';
import { SPAM_TERMS } from './spam.js';
import { SUPERLATIVE_TERMS } from './superlative.js';

export type { DefaultLexicon, DefaultTerm } from './default-lexicon.js';

/** The built-in lexicons, in display order. Competitor and brand lists start empty: each brand fills them. */
export const DEFAULT_LEXICONS: readonly DefaultLexicon[] = [
  { key: 'superlative', name: '广告法极限词', category: 'superlative', terms: SUPERLATIVE_TERMS },
  { key: 'medical', name: '医疗健康功效', category: 'medical', terms: MEDICAL_TERMS },
  { key: 'financial', name: '金融收益承诺', category: 'financial', terms: FINANCIAL_TERMS },
  { key: 'spam', name: '导流与刷量', category: 'spam', terms: SPAM_TERMS },
  { key: 'gambling', name: '赌博', category: 'gambling', terms: GAMBLING_TERMS },
  { key: 'drugs', name: '毒品', category: 'drugs', terms: DRUGS_TERMS },
  { key: 'pornography', name: '色情', category: 'pornography', terms: PORNOGRAPHY_TERMS },
  { key: 'violence', name: '暴力', category: 'violence', terms: VIOLENCE_TERMS },
  { key: 'politics', name: '政治敏感', category: 'politics', terms: POLITICS_TERMS },
  { key: 'competitor', name: '竞品名称', category: 'competitor', terms: [] },
  { key: 'custom', name: '品牌自定义', category: 'custom', terms: [] },
];
