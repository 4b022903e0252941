/**
 * The funnel definitions (README.md, "Funnels") written out as plainly as possible: every chain of
 * events is enumerated, nothing clever. The SQL must agree with this on random logs.
 */
import type { FunnelQuery } from '../src/funnels/funnel.schema.js';
import { byTimeThenSeq, matchesAll, median, type StoredEvent } from './event-log.js';

export interface RefMember {
  lvl: number;
  /** Completion times (ms) of steps 1..lvl. */
  c: number[];
  bd: string | null;
}

export interface RefFunnel {
  fans: number[];
  medianSeconds: (number | null)[];
  members: Map<string, RefMember>;
}

type Q = Pick<FunnelQuery, 'steps' | 'order' | 'windowSeconds' | 'exclusion' | 'filters' | 'breakdown'>;

function bdValue(e: StoredEvent, b: Q['breakdown']): string | null {
  if (!b) return null;
  if (b.field === 'platform') return e.platform;
  if (b.field === 'event') return e.name;
  if (b.field === 'property') {
    const v = e.props?.[b.property!];
    return v === undefined || v === null ? null : String(v);
  }
  return null;
}

const lexCompare = (a: number[], b: number[]) => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
};

/** Every chain i1 < i2 < … (strict: consecutive) of funnel events matching steps 1, 2, …, starting in the range. */
function chains(f: StoredEvent[], q: Q, endMs: number): number[][] {
  const out: number[][] = [];
  const isStep = (e: StoredEvent, k: number) => e.name === q.steps[k]!.event && matchesAll(e, q.steps[k]!.filters);
  const extend = (chain: number[]) => {
    out.push(chain);
    const k = chain.length;
    if (k === q.steps.length) return;
    const last = chain[k - 1]!;
    for (let j = last + 1; j < f.length; j++) {
      if (q.order === 'strict' && j !== last + 1) break;
      if (isStep(f[j]!, k)) extend([...chain, j]);
    }
  };
  f.forEach((e, i) => {
    if (isStep(e, 0) && e.at.getTime() < endMs) extend([i]);
  });
  return out;
}

function memberOf(f: StoredEvent[], q: Q, endMs: number): RefMember | null {
  const w = q.windowSeconds * 1000;
  const t = (i: number) => f[i]!.at.getTime();
  if (q.order !== 'any') {
    const valid = chains(f, q, endMs).filter((ch) => t(ch[ch.length - 1]!) - t(ch[0]!) <= w);
    if (valid.length === 0) return null;
    const lvl = Math.max(...valid.map((ch) => ch.length));
    const full = valid.filter((ch) => ch.length === lvl);
    const end = Math.min(...full.map((ch) => ch[lvl - 1]!));
    const key = (ch: number[]) => ch.flatMap((i) => [t(i), f[i]!.seq]);
    const best = full.filter((ch) => ch[lvl - 1] === end).sort((a, b) => lexCompare(key(b), key(a)))[0]!;
    return { lvl, c: best.map(t), bd: bdValue(f[best[0]!]!, q.breakdown) };
  }
  // any order: step 1 starts; every other step's first event after it, within the window
  let best: { lvl: number; c: number[]; start: number } | null = null;
  f.forEach((e, i) => {
    if (!(e.name === q.steps[0]!.event && matchesAll(e, q.steps[0]!.filters) && t(i) < endMs)) return;
    const c = [t(i)];
    for (let k = 1; k < q.steps.length; k++) {
      const j = f.findIndex((x, jj) => jj > i && x.name === q.steps[k]!.event && matchesAll(x, q.steps[k]!.filters));
      if (j < 0 || t(j) - t(i) > w) break;
      c.push(Math.max(c[c.length - 1]!, t(j)));
    }
    const better =
      !best ||
      c.length > best.lvl ||
      (c.length === best.lvl && (c[c.length - 1]! < best.c[best.lvl - 1]! || (c[c.length - 1] === best.c[best.lvl - 1] && byTimeThenSeq(e, f[best.start]!) > 0)));
    if (better) best = { lvl: c.length, c, start: i };
  });
  if (!best) return null;
  const b = best as { lvl: number; c: number[]; start: number };
  return { lvl: b.lvl, c: b.c, bd: bdValue(f[b.start]!, q.breakdown) };
}

/** The funnel of a log: range [start, end) for step 1; later events up to end + window. */
export function referenceFunnel(events: readonly StoredEvent[], q: Q, start: Date, end: Date): RefFunnel {
  const endMs = end.getTime();
  const scanEnd = endMs + q.windowSeconds * 1000;
  const inScan = events.filter((e) => e.canonical !== null && e.at.getTime() >= start.getTime() && e.at.getTime() < scanEnd && matchesAll(e, q.filters));
  const members = new Map<string, RefMember>();
  for (const fan of new Set(inScan.map((e) => e.canonical!))) {
    const mine = inScan.filter((e) => e.canonical === fan).sort(byTimeThenSeq);
    const funnelEvents = mine.filter((e) => q.steps.some((s) => e.name === s.event && matchesAll(e, s.filters)));
    const m = memberOf(funnelEvents, q, endMs);
    if (!m) continue;
    const x = q.exclusion;
    const excluded =
      x && mine.some((e) => e.name === x.event && matchesAll(e, x.filters) && e.at.getTime() > m.c[0]! && e.at.getTime() < m.c[m.lvl - 1]!);
    if (!excluded) members.set(fan, m);
  }
  return summarise(members, q.steps.length);
}

export function summarise(members: Map<string, RefMember>, steps: number): RefFunnel {
  const all = [...members.values()];
  return {
    fans: Array.from({ length: steps }, (_, k) => all.filter((m) => m.lvl >= k + 1).length),
    medianSeconds: Array.from({ length: steps }, (_, k) =>
      k === 0 ? null : median(all.filter((m) => m.lvl >= k + 1).map((m) => (m.c[k]! - m.c[k - 1]!) / 1000)),
    ),
    members,
  };
}

/** Breakdown values ranked by fans at step 1 (desc), then value (nulls last); at most `limit`. */
export function referenceBreakdown(ref: RefFunnel, steps: number, limit: number) {
  const groups = new Map<string | null, Map<string, RefMember>>();
  for (const [fan, m] of ref.members) {
    if (!groups.has(m.bd)) groups.set(m.bd, new Map());
    groups.get(m.bd)!.set(fan, m);
  }
  const ranked = [...groups.entries()].sort(
    ([va, a], [vb, b]) => b.size - a.size || (va === null ? 1 : vb === null ? -1 : va < vb ? -1 : va > vb ? 1 : 0),
  );
  return { totalValues: ranked.length, values: ranked.slice(0, limit).map(([value, ms]) => ({ value, ...summarise(ms, steps) })) };
}
