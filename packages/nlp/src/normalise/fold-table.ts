import * as OpenCC from 'opencc-js';

/**
 * Per-UTF-16-code-unit normalisation tables, built once per process (≈60 ms, measured in README).
 *
 * `width[c]`  NFKC (full-width → half-width, circled/compat forms), diacritics stripped (ü → v),
 *             case folded; line breaks → "\n" (they break matches); 0 when the code unit is noise (anything that is not a letter or a digit:
 *             punctuation, symbols, whitespace, zero-width/format chars, combining marks, surrogate
 *             halves, so emoji and astral characters).
 * `full[c]`   `width[c]` followed by traditional → simplified Chinese (opencc-js, character level).
 *
 * Only one-code-unit results are kept, so a normalised character always maps to exactly one original
 * code unit and offsets survive without a per-call offset map.
 */
export interface FoldTables {
  width: Uint16Array;
  full: Uint16Array;
}

let cached: FoldTables | undefined;

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const MARKS = /\p{M}/gu;

/** Line breaks end a match: they are not noise (0) but a character no term contains (see LINE_BREAK). */
export const LINE_BREAK = 0x0a;

function foldOne(code: number): number {
  if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029 || code === 0x85) return LINE_BREAK;
  if (code >= 0xd800 && code <= 0xdfff) return 0;
  const ch = String.fromCharCode(code);
  if (!LETTER_OR_DIGIT.test(ch)) return 0;
  if (ch === 'ü' || ch === 'Ü') return 0x76; // pinyin writes ü as v
  let n = ch.normalize('NFKC');
  if (n.length !== 1) n = ch;
  n = n.normalize('NFD').replace(MARKS, '');
  if (n.length !== 1) n = ch;
  const lower = n.toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : n.charCodeAt(0);
}

/** Traditional → simplified for every CJK code unit, one opencc call per preset over all chars. */
function traditionalToSimplified(): Map<number, number> {
  const from: string[] = [];
  for (let c = 0x3400; c <= 0x9fff; c++) from.push(String.fromCharCode(c));
  for (let c = 0xf900; c <= 0xfaff; c++) from.push(String.fromCharCode(c));
  const joined = from.join('\n');
  const map = new Map<number, number>();
  for (const preset of ['hk', 'tw', 't'] as const) {
    const out = OpenCC.Converter({ from: preset, to: 'cn' })(joined).split('\n');
    if (out.length !== from.length) continue; // a separator was converted away: skip this preset
    for (let i = 0; i < from.length; i++) {
      const o = out[i]!;
      const f = from[i]!;
      if (o.length === 1 && o !== f && !map.has(f.charCodeAt(0))) map.set(f.charCodeAt(0), o.charCodeAt(0));
    }
  }
  return map;
}

export function foldTables(): FoldTables {
  if (cached) return cached;
  const width = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) width[c] = foldOne(c);
  const t2s = traditionalToSimplified();
  const full = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) {
    const w = width[c]!;
    full[c] = w === 0 ? 0 : (t2s.get(w) ?? w);
  }
  cached = { width, full };
  return cached;
}

/** The fully normalised form of a string: noise removed, width/case folded, simplified. */
export function normalise(text: string): string {
  const { full } = foldTables();
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const f = full[text.charCodeAt(i)]!;
    if (f !== 0) out += String.fromCharCode(f);
  }
  return out;
}

export function isCjk(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

export function isAsciiAlnum(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}
