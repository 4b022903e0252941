import type { MatchVia } from '../types.js';
import { foldTables } from '../normalise/fold-table.js';
import type { PreparedTerm } from './keys.js';

/** Kept (non-noise) characters of text[start, end) through a fold table. */
function kept(table: Uint16Array, text: string, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) {
    const f = table[text.charCodeAt(i)]!;
    if (f !== 0) s += String.fromCharCode(f);
  }
  return s;
}

/** How a direct (non-pinyin) hit differs from the listed term. */
export function classifyDirect(text: string, start: number, end: number, pt: PreparedTerm): MatchVia {
  if (end - start === pt.term.term.length && text.startsWith(pt.term.term, start)) return 'exact';
  const { width } = foldTables();
  return kept(width, text, start, end) === kept(width, pt.term.term, 0, pt.term.term.length) ? 'normalised' : 'traditional';
}

/** Sentence punctuation inside a homophone span means two words that merely sound alike across a pause. */
const SENTENCE_BREAK = new Set([...'，。！？；：、,.!?;:…'].map((c) => c.charCodeAt(0)));

/** Fewest CJK characters a term needs for homophone matching (2-character homophones are mostly unrelated words). */
export const HOMOPHONE_MIN_LENGTH = 3;

/** Most substituted characters allowed in a homophone variant of an n-character term. */
export function maxSubstitutions(n: number): number {
  return Math.max(1, Math.floor(n / 3));
}

/**
 * A syllable-sequence hit counts as a homophone variant when 1 ≤ substituted characters ≤ max(1, ⌊n/3⌋).
 * 0 substitutions is the term itself (already found by the character automaton); more substitutions
 * are too often an unrelated word with the same sound, as is a span crossing sentence punctuation
 * (noise such as spaces, symbols and emoji is still skipped). Allocation-free: runs for every syllable hit.
 */
export function homophoneAccepted(text: string, start: number, end: number, pt: PreparedTerm): boolean {
  const { full } = foldTables();
  const normal = pt.normal;
  const max = maxSubstitutions(normal.length);
  let j = 0;
  let subs = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const f = full[code]!;
    if (f === 0) {
      if (SENTENCE_BREAK.has(code)) return false;
      continue;
    }
    if (f !== normal.charCodeAt(j++) && ++subs > max) return false;
  }
  return subs >= 1 && j === normal.length;
}
