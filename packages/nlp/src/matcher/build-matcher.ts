import type { LexiconTerm, Match, Matcher, MatchVia } from '../types.js';
import { foldTables, isAsciiAlnum } from '../normalise/fold-table.js';
import { pinyinTable } from '../normalise/pinyin-table.js';
import { buildAutomaton, type Automaton } from './automaton.js';
import { KeySet, KIND_PINYIN, KIND_TERM, prepareTerm, syllableKey, variantReadings, type PreparedTerm } from './keys.js';
import { classifyDirect, homophoneAccepted, HOMOPHONE_MIN_LENGTH } from './verify.js';

interface Compiled {
  auto: Automaton;
  payStart: Int32Array;
  payList: Int32Array;
  keyLength: Int32Array;
  maxLength: number;
}

function compile(keys: KeySet, alphabetSize: number): Compiled {
  const auto = buildAutomaton(keys.keys, alphabetSize);
  const flat = keys.flatten();
  return { auto, payStart: flat.start, payList: flat.list, keyLength: flat.length, maxLength: flat.maxLength };
}

const PINYIN_MIN_LETTERS_2 = 5;

const VIA_RANK: Record<MatchVia, number> = { exact: 0, normalised: 1, traditional: 2, pinyin: 3, homophone: 4 };

/**
 * Builds a matcher over the lexicon. Two automata run in ONE pass over the text:
 *  - the character automaton over fully normalised characters: the terms themselves (exact,
 *    normalised, traditional) and each CJK term's toneless pinyin spelling ("zuigaoji");
 *  - the syllable automaton over the toneless syllable of each CJK character (homophones): one key
 *    per CJK term, so its size stays linear in the lexicon instead of the product of homophones.
 */
export function buildMatcher(terms: LexiconTerm[]): Matcher {
  const { full } = foldTables();
  const prepared: PreparedTerm[] = [];
  for (const t of terms) {
    const p = prepareTerm(t);
    if (p) prepared.push(p);
  }

  // Character alphabet: dense ids for the normalised characters used by any key.
  const symOf = new Map<number, number>();
  const sym = (code: number) => {
    let s = symOf.get(code);
    if (s === undefined) symOf.set(code, (s = symOf.size + 1));
    return s;
  };
  const toSymbols = (s: string) => {
    const out = new Int32Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = sym(s.charCodeAt(i));
    return out;
  };

  const charKeys = new KeySet();
  const sylKeys = new KeySet();
  prepared.forEach((p, i) => {
    charKeys.add(p.normal, toSymbols(p.normal), i * 2 + KIND_TERM);
    const readings = variantReadings(p);
    if (!readings) return;
    const spelled = readings.join('');
    // 2-character spellings shorter than 5 letters are mostly English words (like, made, mimi).
    if (readings.length > 2 || spelled.length >= PINYIN_MIN_LETTERS_2) charKeys.add(spelled, toSymbols(spelled), i * 2 + KIND_PINYIN);
    const syl = readings.length >= HOMOPHONE_MIN_LENGTH ? syllableKey(readings) : undefined;
    if (syl) sylKeys.add(syl.join(','), syl, i);
  });

  const charSym = new Int32Array(65536);
  for (let c = 0; c < 65536; c++) {
    const f = full[c]!;
    charSym[c] = f === 0 ? -1 : (symOf.get(f) ?? 0);
  }
  const chars = compile(charKeys, symOf.size);
  const syl = sylKeys.keys.length > 0 ? compile(sylKeys, pinyinTable().ids.size) : undefined;
  const syllable = syl ? pinyinTable().syllable : undefined;
  const ringSize = 1 << Math.ceil(Math.log2(Math.max(chars.maxLength, syl?.maxLength ?? 1) + 1));
  const ring = new Int32Array(ringSize);
  const mask = ringSize - 1;

  function find(text: string): Match[] {
    const found: Match[] = [];
    const { base, check, fail, report, dict, out } = chars.auto;
    const sa = syl?.auto;
    let s = 0;
    let y = 0;
    let k = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const code = text.charCodeAt(i);
      const a = charSym[code]!;
      if (a < 0) continue; // noise between characters is skipped
      ring[k & mask] = i;
      k++;
      if (a === 0) s = 0;
      else {
        for (;;) {
          const t = base[s]! + a;
          if (check[t] === s) {
            s = t;
            break;
          }
          if (s === 0) break;
          s = fail[s]!;
        }
        for (let r = report[s]!; r !== -1; r = dict[r]!) emitChar(text, out[r]!, k, i, found);
      }
      if (sa) {
        const b = syllable![code]!;
        if (b === 0) y = 0;
        else {
          for (;;) {
            const t = sa.base[y]! + b;
            if (sa.check[t] === y) {
              y = t;
              break;
            }
            if (y === 0) break;
            y = sa.fail[y]!;
          }
          for (let r = sa.report[y]!; r !== -1; r = sa.dict[r]!) emitHomophone(text, sa.out[r]!, k, i, found);
        }
      }
    }
    return finish(found);
  }

  function emitChar(text: string, key: number, k: number, i: number, found: Match[]): void {
    const start = ring[(k - chars.keyLength[key]!) & mask]!;
    const end = i + 1;
    for (let p = chars.payStart[key]!; p < chars.payStart[key + 1]!; p++) {
      const payload = chars.payList[p]!;
      const pt = prepared[payload >> 1]!;
      const pinyin = (payload & 1) === KIND_PINYIN;
      if ((pinyin || pt.latinStart) && start > 0 && isAsciiAlnum(full[text.charCodeAt(start - 1)]!)) continue;
      if ((pinyin || pt.latinEnd) && end < text.length && isAsciiAlnum(full[text.charCodeAt(end)]!)) continue;
      found.push({ term: pt.term, start, end, via: pinyin ? 'pinyin' : classifyDirect(text, start, end, pt) });
    }
  }

  function emitHomophone(text: string, key: number, k: number, i: number, found: Match[]): void {
    const s = syl!;
    const start = ring[(k - s.keyLength[key]!) & mask]!;
    const end = i + 1;
    for (let p = s.payStart[key]!; p < s.payStart[key + 1]!; p++) {
      const pt = prepared[s.payList[p]!]!;
      if (homophoneAccepted(text, start, end, pt)) found.push({ term: pt.term, start, end, via: 'homophone' });
    }
  }

  return { find, size: prepared.length };
}

/** Sorted by start then end; one match per (term, span), keeping the most direct `via`. */
function finish(found: Match[]): Match[] {
  if (found.length < 2) return found;
  found.sort((a, b) => a.start - b.start || a.end - b.end || VIA_RANK[a.via] - VIA_RANK[b.via]);
  const out: Match[] = [];
  let groupStart = 0;
  for (const m of found) {
    const last = out[out.length - 1];
    if (!last || last.start !== m.start || last.end !== m.end) groupStart = out.length;
    let dup = false;
    for (let j = groupStart; j < out.length; j++) if (out[j]!.term === m.term) dup = true;
    if (!dup) out.push(m);
  }
  return out;
}
