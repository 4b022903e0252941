import { describe, expect, it } from 'vitest';
import { buildMatcher } from './build-matcher.js';
import type { LexiconTerm, Match } from '../types.js';

const t = (term: string, extra: Partial<LexiconTerm> = {}): LexiconTerm => ({ term, category: 'superlative', severity: 'high', ...extra });
const spans = (text: string, ms: Match[]) => ms.map((m) => [m.term.term, text.slice(m.start, m.end), m.via]);

describe('buildMatcher', () => {
  const matcher = buildMatcher([t('最低'), t('史上最低价'), t('最高级'), t('第一'), t('Nike', { category: 'competitor' }), t('vx', { category: 'spam' })]);

  it('finds nested and overlapping matches with spans in the original text', () => {
    const text = '史上最低价的';
    expect(spans(text, matcher.find(text))).toEqual([
      ['史上最低价', '史上最低价', 'exact'],
      ['最低', '最低', 'exact'],
    ]);
    const overlap = buildMatcher([t('甲乙丙'), t('乙丙丁'), t('丙')]).find('xx甲乙丙丁');
    expect(overlap.map((m) => [m.term.term, m.start, m.end])).toEqual([
      ['甲乙丙', 2, 5],
      ['乙丙丁', 3, 6],
      ['丙', 4, 5],
    ]);
  });

  it('skips noise between characters and folds width, case and traditional forms', () => {
    const text = '买它！最​高💥級，ＮＩＫＥ同款';
    expect(spans(text, matcher.find(text))).toEqual([
      ['最高级', '最​高💥級', 'traditional'],
      ['Nike', 'ＮＩＫＥ', 'normalised'],
    ]);
  });

  it('finds pinyin spellings and homophones of CJK terms', () => {
    const text = '这是zui gao ji的，也是ZuiGaoJi，还是最高极';
    expect(spans(text, matcher.find(text))).toEqual([
      ['最高级', 'zui gao ji', 'pinyin'],
      ['最高级', 'ZuiGaoJi', 'pinyin'],
      ['最高级', '最高极', 'homophone'],
    ]);
  });

  it('keeps homophones bounded: terms of ≥ 3 characters, at most ⌊n/3⌋ (min 1) substituted, no sentence break inside', () => {
    const m = buildMatcher([t('第一'), t('稳赚不赔', { category: 'financial' }), t('最高级')]);
    expect(m.find('帝一 地衣')).toEqual([]); // 2-character terms have no homophones
    expect(spans('稳赚不陪', m.find('稳赚不陪'))).toEqual([['稳赚不赔', '稳赚不陪', 'homophone']]);
    expect(m.find('稳转不陪')).toEqual([]); // 2 of 4 substituted
    expect(spans('最 高*极', m.find('最 高*极'))).toEqual([['最高级', '最 高*极', 'homophone']]);
    expect(m.find('最高，极')).toEqual([]);
  });

  it('breaks matches at line breaks', () => {
    expect(matcher.find('最高\n级')).toEqual([]);
    expect(matcher.find('最高 级')).toHaveLength(1);
  });

  it('spells 2-character terms in pinyin only from 5 letters on (like, made are English)', () => {
    const m = buildMatcher([t('李克', { category: 'politics' }), t('台湾', { category: 'politics' })]);
    expect(m.find('I like it')).toEqual([]);
    expect(spans('tai wan', m.find('tai wan'))).toEqual([['台湾', 'tai wan', 'pinyin']]);
  });

  it('respects variants: false', () => {
    const plain = buildMatcher([t('最高级', { variants: false })]);
    expect(plain.find('zuigaoji 最高极')).toEqual([]);
    expect(plain.find('最高级')).toHaveLength(1);
  });

  it('needs word boundaries around Latin terms and pinyin spellings', () => {
    expect(matcher.find('Nikes and advxyz, zuigaojiu')).toEqual([]);
    expect(spans('加vx', matcher.find('加vx'))).toEqual([['vx', 'vx', 'exact']]);
  });

  it('ignores empty terms and reports its size', () => {
    const m = buildMatcher([t('！！'), t('最佳')]);
    expect(m.size).toBe(1);
    expect(m.find('')).toEqual([]);
  });

  it('reports every lexicon entry for the same term and one match per term and span', () => {
    const m = buildMatcher([t('第一', { ruleId: 'a' }), t('第一', { ruleId: 'b', category: 'custom' }), t('第二')]);
    const found = m.find('第一');
    expect(found.map((x) => x.term.ruleId ?? x.term.term).sort()).toEqual(['a', 'b']);
  });
});
