import type { LexiconTerm } from '../types.js';
import { foldTables, isCjk } from '../normalise/fold-table.js';
import { pinyinTable, readingsOf } from '../normalise/pinyin-table.js';

/** What a key found by an automaton stands for: the term itself or its pinyin spelling. */
export const KIND_TERM = 0;
export const KIND_PINYIN = 1;

/** Keys of one automaton: distinct strings/sequences, each with the terms (payloads) it stands for. */
export class KeySet {
  readonly keys: Int32Array[] = [];
  readonly lengths: number[] = [];
  private readonly index = new Map<string, number>();
  private readonly payloads: number[][] = [];

  add(id: string, symbols: Int32Array, payload: number): void {
    let k = this.index.get(id);
    if (k === undefined) {
      k = this.keys.length;
      this.index.set(id, k);
      this.keys.push(symbols);
      this.lengths.push(symbols.length);
      this.payloads.push([]);
    }
    this.payloads[k]!.push(payload);
  }

  /** Flattened payloads: payloads of key k are list[start[k] .. start[k + 1]). */
  flatten(): { start: Int32Array; list: Int32Array; length: Int32Array; maxLength: number } {
    const start = new Int32Array(this.keys.length + 1);
    let n = 0;
    for (let k = 0; k < this.payloads.length; k++) {
      start[k] = n;
      n += this.payloads[k]!.length;
    }
    start[this.keys.length] = n;
    const list = new Int32Array(n);
    let i = 0;
    for (const p of this.payloads) for (const v of p) list[i++] = v;
    let maxLength = 1;
    for (const l of this.lengths) if (l > maxLength) maxLength = l;
    return { start, list, length: Int32Array.from(this.lengths), maxLength };
  }
}

export interface PreparedTerm {
  term: LexiconTerm;
  /** fully normalised term (noise removed, width/case folded, simplified) */
  normal: string;
  /** first/last normalised character is an ASCII letter or digit: needs word boundaries */
  latinStart: boolean;
  latinEnd: boolean;
}

const LATIN = /^[a-z0-9]$/;

export function prepareTerm(term: LexiconTerm): PreparedTerm | undefined {
  const { full } = foldTables();
  let normal = '';
  for (let i = 0; i < term.term.length; i++) {
    const f = full[term.term.charCodeAt(i)]!;
    if (f !== 0) normal += String.fromCharCode(f);
  }
  normal = normal.replaceAll('\n', '');
  if (normal.length === 0) return undefined;
  return { term, normal, latinStart: LATIN.test(normal[0]!), latinEnd: LATIN.test(normal[normal.length - 1]!) };
}

/** Variants (pinyin spelling, homophone syllables) apply to all-CJK terms of ≥ 2 characters (homophones: see verify.ts). */
export function variantReadings(p: PreparedTerm): string[] | undefined {
  if (p.term.variants === false || p.normal.length < 2) return undefined;
  for (let i = 0; i < p.normal.length; i++) if (!isCjk(p.normal.charCodeAt(i))) return undefined;
  const readings = readingsOf(p.normal);
  if (readings.length !== p.normal.length || !readings.every((r) => /^[a-z]+$/.test(r))) return undefined;
  return readings;
}

/** Syllable ids of readings, or undefined when a reading is nobody's primary reading. */
export function syllableKey(readings: string[]): Int32Array | undefined {
  const { ids } = pinyinTable();
  const key = new Int32Array(readings.length);
  for (let i = 0; i < readings.length; i++) {
    const id = ids.get(readings[i]!);
    if (id === undefined) return undefined;
    key[i] = id;
  }
  return key;
}
