import { pinyin } from 'pinyin-pro';
import { foldTables, isCjk } from './fold-table.js';

/**
 * Toneless pinyin syllable of every CJK code unit (U+4E00–U+9FFF, after traditional → simplified),
 * as a small integer id. Built once per process with pinyin-pro (≈0.3 s, one call per character:
 * the character's most common reading — polyphonic characters get one reading only).
 *
 * `syllable[c]`: -1 noise (same noise set as the fold table), 0 no CJK syllable, ≥ 1 syllable id.
 */
export interface PinyinTable {
  syllable: Int16Array;
  ids: Map<string, number>;
}

let cached: PinyinTable | undefined;

export function pinyinTable(): PinyinTable {
  if (cached) return cached;
  const { full } = foldTables();
  const ids = new Map<string, number>();
  const bySimplified = new Int16Array(0xa000);
  const chars: string[] = [];
  for (let c = 0x4e00; c <= 0x9fff; c++) chars.push(String.fromCharCode(c));
  const readings = pinyin(chars.join(' '), { toneType: 'none', type: 'array', v: true }).filter((r) => r !== ' ' && r !== '');
  const aligned = readings.length === chars.length;
  for (let i = 0; i < chars.length; i++) {
    const r = aligned ? readings[i]! : pinyin(chars[i]!, { toneType: 'none', v: true });
    if (!/^[a-z]+$/.test(r)) continue; // no reading: pinyin-pro echoes the character
    let id = ids.get(r);
    if (id === undefined) ids.set(r, (id = ids.size + 1));
    bySimplified[0x4e00 + i] = id;
  }
  const syllable = new Int16Array(65536);
  for (let c = 0; c < 65536; c++) {
    const f = full[c]!;
    syllable[c] = f === 0 ? -1 : isCjk(f) && f < 0xa000 ? bySimplified[f]! : 0;
  }
  cached = { syllable, ids };
  return cached;
}

/** Contextual toneless readings of a word (pinyin-pro word segmentation handles polyphones: 银行 → yin hang). */
export function readingsOf(word: string): string[] {
  return pinyin(word, { toneType: 'none', type: 'array', v: true });
}
