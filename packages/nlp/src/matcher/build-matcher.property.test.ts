import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { buildMatcher } from './build-matcher.js';
import type { LexiconTerm } from '../types.js';

const TERMS = ['最高级', '国家级', '史上最低价', '最低', '第一', '唯一', '万能', '顶级', '根治', '保本保息', '稳赚不赔', '加微信', '赌场', '彩票代购', '无效退款', '纯天然无添加', '药到病除', '发财致富', '后台'];
const LATIN = ['Nike', 'vx', 'iPhone'];
const lexicon: LexiconTerm[] = [...TERMS, ...LATIN].map((term, i) => ({ term, category: 'custom', severity: 'medium', ruleId: `r${i}` }));
const matcher = buildMatcher(lexicon);
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

// Filler alphabet: common characters that appear in no term (nor in their traditional forms).
const banned = new Set([...TERMS.join(''), ...toTraditional(TERMS.join(''))]);
const FILLER = [...'的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质信'].filter((c) => !banned.has(c));
const NOISE = [' ', '*', '.', '-', '\u200b', '\u200d', '😀', '🔥', '。', '·', '／', '\u3000', '#', '~'];

const filler = fc.array(fc.constantFrom(...FILLER), { maxLength: 40 }).map((a) => a.join(''));

function fullWidth(s: string): string {
  return s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

const disguised = fc
  .record({
    index: fc.nat(lexicon.length - 1),
    noise: fc.array(fc.array(fc.constantFrom(...NOISE), { maxLength: 3 }), { minLength: 20, maxLength: 20 }),
    withNoise: fc.boolean(),
    form: fc.constantFrom('plain', 'fullwidth', 'traditional', 'upper'),
  })
  .map(({ index, noise, withNoise, form }) => {
    const term = lexicon[index]!;
    let chars = [...term.term];
    if (form === 'fullwidth') chars = chars.map(fullWidth);
    if (form === 'traditional') chars = chars.map((c) => toTraditional(c));
    if (form === 'upper') chars = chars.map((c) => c.toUpperCase());
    const written = chars.map((c, i) => (withNoise && i > 0 ? noise[i]!.join('') : '') + c).join('');
    return { term, written };
  });

describe('matcher properties', () => {
  it('finds every term inserted into random text at its original span, with or without noise, full-width or traditional', () => {
    fc.assert(
      fc.property(filler, disguised, filler, (before, { term, written }, after) => {
        const text = before + written + after;
        const found = matcher.find(text);
        expect(found.some((m) => m.term === term && m.start === before.length && m.end === before.length + written.length)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('finds nothing in random text drawn from an alphabet without lexicon characters, noise included', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FILLER, ...NOISE), { maxLength: 200 }), (chars) => {
        expect(matcher.find(chars.join(''))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('finds exactly the occurrences a naive search finds, nested and overlapping included', () => {
    const alphabet = [...'甲乙丙丁'];
    const word = fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 5 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 30 }), fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }), (words, textChars) => {
        const text = textChars.join('');
        const m = buildMatcher(words.map((term) => ({ term, category: 'custom', severity: 'low', variants: false })));
        const got = m.find(text).map((x) => `${x.term.term}@${x.start}`).sort();
        const want: string[] = [];
        for (const w of words) for (let i = text.indexOf(w); i !== -1; i = text.indexOf(w, i + 1)) want.push(`${w}@${i}`);
        expect(got).toEqual(want.sort());
      }),
      { numRuns: 300 },
    );
  });
});
