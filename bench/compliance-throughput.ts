/**
 * Compliance matcher throughput (issue R4): `buildMatcher(...).find` vs mint-filter on the same
 * ~10 MB Chinese corpus and 50,000-term lexicon.
 *   npm run bench:compliance -- [--mb 10] [--terms 50000] [--runs 5] [--shared ../shared/data] [--out result.json]
 * Inputs are generated from a seeded PRNG (bench/compliance-corpus.ts); when `--shared` (default
 * ../shared/data) exists, the same measurement also runs on real product reviews + the houbb list.
 * Per input: build time of each matcher, then `--runs` alternating timed passes over the whole corpus
 * (ours with variants = full engine: normalisation, pinyin and homophones; ours with variants off;
 * mint-filter `filter(text, { replace: false })`), median and min/max MB/s (MB = 10^6 UTF-8 bytes),
 * matches found, and the nested matches mint-filter misses (occurrences of a term that ends inside
 * a longer matched term — mint-filter reports only the longest key at each position).
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { Mint } from 'mint-filter';
import { buildMatcher, type LexiconTerm, type Match } from '@resonance/nlp';
import { sharedInput, syntheticInput, type BenchInput } from './compliance-corpus.js';

const { values } = parseArgs({
  options: {
    mb: { type: 'string', default: '10' },
    terms: { type: 'string', default: '50000' },
    runs: { type: 'string', default: '5' },
    shared: { type: 'string', default: '../shared/data' },
    out: { type: 'string' },
  },
});
const bytes = Math.round(Number(values.mb) * 1_000_000);
const termCount = Number(values.terms);
const runs = Math.max(1, Number(values.runs));

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

function time<T>(f: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = f();
  return { ms: performance.now() - t0, value };
}

/** Exact matches that end strictly inside another exact match, counted per (term, end). */
function nestedCount(matches: Match[]): number {
  const exact = matches.filter((m) => m.via === 'exact');
  let nested = 0;
  // matches are sorted by start; a match is nested when an earlier-starting or longer match covers it
  let coverStart = -1;
  let coverEnd = -1;
  for (const m of exact) {
    if (m.start >= coverStart && m.end <= coverEnd && !(m.start === coverStart && m.end === coverEnd)) nested++;
    if (m.end > coverEnd) {
      coverStart = m.start;
      coverEnd = m.end;
    }
  }
  return nested;
}

function benchOne(input: BenchInput) {
  const mb = Buffer.byteLength(input.corpus) / 1e6;
  const lexicon: LexiconTerm[] = input.terms.map((term, i) => ({ term, category: 'custom', severity: 'medium', ruleId: String(i) }));
  const plainLexicon = lexicon.map((t) => ({ ...t, variants: false }));
  const buildFull = time(() => buildMatcher(lexicon));
  const buildPlain = time(() => buildMatcher(plainLexicon));
  const buildMint = time(() => new Mint(input.terms));
  const full = buildFull.value;
  const plain = buildPlain.value;
  const mint = buildMint.value;

  const t = { full: [] as number[], plain: [] as number[], mint: [] as number[] };
  let fullMatches: Match[] = [];
  let plainMatches: Match[] = [];
  let mintWords: string[] = [];
  for (let r = 0; r < runs; r++) {
    const a = time(() => full.find(input.corpus));
    t.full.push(a.ms);
    fullMatches = a.value;
    const b = time(() => plain.find(input.corpus));
    t.plain.push(b.ms);
    plainMatches = b.value;
    const c = time(() => mint.filter(input.corpus, { replace: false }).words);
    t.mint.push(c.ms);
    mintWords = c.value;
    process.stderr.write(`  run ${r + 1}/${runs}: full ${round(a.ms)} ms, plain ${round(b.ms)} ms, mint ${round(c.ms)} ms\n`);
  }
  const mbps = (ms: number[]) => ({ median: round(mb / (median(ms) / 1000)), min: round(mb / (Math.max(...ms) / 1000)), max: round(mb / (Math.min(...ms) / 1000)) });
  const byVia: Record<string, number> = {};
  for (const m of fullMatches) byVia[m.via] = (byVia[m.via] ?? 0) + 1;
  const exactPlain = plainMatches.filter((m) => m.via === 'exact');
  // Per term: occurrences we find exactly vs what mint-filter reports (it lowercases, no other normalisation).
  const ours = new Map<string, number>();
  for (const m of exactPlain) ours.set(m.term.term, (ours.get(m.term.term) ?? 0) + 1);
  const theirs = new Map<string, number>();
  for (const w of mintWords) theirs.set(w, (theirs.get(w) ?? 0) + 1);
  let missedByMint = 0;
  let onlyMint = 0;
  for (const [term, n] of ours) missedByMint += Math.max(0, n - (theirs.get(term) ?? 0));
  for (const [term, n] of theirs) onlyMint += Math.max(0, n - (ours.get(term) ?? 0));
  const full_ = mbps(t.full);
  const plain_ = mbps(t.plain);
  const mint_ = mbps(t.mint);
  return {
    input: input.name,
    corpusMB: round(mb, 2),
    corpusChars: input.corpus.length,
    terms: input.terms.length,
    insertedTerms: input.inserted,
    buildMs: { full: round(buildFull.ms), plain: round(buildPlain.ms), mint: round(buildMint.ms) },
    mbPerSec: { full: full_, plain: plain_, mint: mint_ },
    ratioVsMint: { full: round(full_.median / mint_.median, 2), plain: round(plain_.median / mint_.median, 2) },
    matches: {
      full: fullMatches.length,
      fullByVia: byVia,
      plainExact: exactPlain.length,
      plainNested: nestedCount(exactPlain),
      mint: mintWords.length,
      missedByMint,
      foundOnlyByMint: onlyMint,
    },
  };
}

const inputs: BenchInput[] = [syntheticInput(bytes, termCount)];
const shared = sharedInput(values.shared, bytes, termCount);
if (shared) inputs.push(shared);
const results = [];
for (const input of inputs) {
  process.stderr.write(`${input.name}: ${input.terms.length} terms, ${round(Buffer.byteLength(input.corpus) / 1e6, 2)} MB\n`);
  results.push(benchOne(input));
}
const summary = {
  machine: { cpu: os.cpus()[0]?.model, cores: os.cpus().length, node: process.version, loadavg: os.loadavg().map((x) => round(x, 2)) },
  runs,
  results,
};
console.log(JSON.stringify(summary, null, 2));
console.log('\n| input | ours full MB/s | ours exact-only MB/s | mint-filter MB/s | ratio full / exact-only | matches ours (exact) / mint | nested missed by mint |');
console.log('|---|---|---|---|---|---|---|');
for (const r of results) {
  const f = r.mbPerSec;
  console.log(
    `| ${r.input} | ${f.full.median} (${f.full.min}–${f.full.max}) | ${f.plain.median} (${f.plain.min}–${f.plain.max}) | ${f.mint.median} (${f.mint.min}–${f.mint.max}) | ${r.ratioVsMint.full}× / ${r.ratioVsMint.plain}× | ${r.matches.plainExact} / ${r.matches.mint} | ${r.matches.missedByMint} |`,
  );
}
if (values.out) writeFileSync(values.out, JSON.stringify(summary, null, 2));
