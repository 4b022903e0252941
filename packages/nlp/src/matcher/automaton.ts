/**
 * Aho–Corasick automaton stored as a double-array trie (flat Int32Arrays, no objects per state).
 *
 * Keys are sequences of positive symbols (dense alphabet ids). State 0 is the root. The transition
 * s --c--> t exists iff check[base[s] + c] === s; otherwise follow fail[] (root never fails).
 * report[s] is the first state on s's suffix chain (s itself included) that ends a key, or -1;
 * dict[s] the next such state after s. out[s] is the key id ending at s, or -1.
 */
export interface Automaton {
  base: Int32Array;
  check: Int32Array;
  fail: Int32Array;
  out: Int32Array;
  report: Int32Array;
  dict: Int32Array;
  states: number;
}

interface Trie {
  label: Int32Array;
  firstChild: Int32Array;
  nextSibling: Int32Array;
  key: Int32Array;
  count: number;
}

function compareKeys(a: Int32Array, b: Int32Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** Builds a first-child/next-sibling trie from sorted keys without any hash lookups. */
function buildTrie(keys: Int32Array[]): Trie {
  const order = keys.map((_, i) => i).sort((x, y) => compareKeys(keys[x]!, keys[y]!));
  let cap = 1;
  for (const k of keys) cap += k.length;
  const label = new Int32Array(cap);
  const firstChild = new Int32Array(cap).fill(-1);
  const nextSibling = new Int32Array(cap).fill(-1);
  const lastChild = new Int32Array(cap).fill(-1);
  const key = new Int32Array(cap).fill(-1);
  let count = 1;
  const path: number[] = [0];
  let prev: Int32Array = new Int32Array(0);
  for (const id of order) {
    const k = keys[id]!;
    let lcp = 0;
    while (lcp < k.length && lcp < prev.length && k[lcp] === prev[lcp]) lcp++;
    path.length = lcp + 1;
    for (let d = lcp; d < k.length; d++) {
      const parent = path[d]!;
      const node = count++;
      label[node] = k[d]!;
      if (lastChild[parent] === -1) firstChild[parent] = node;
      else nextSibling[lastChild[parent]!] = node;
      lastChild[parent] = node;
      path.push(node);
    }
    const end = path[k.length]!;
    if (key[end] === -1) key[end] = id;
    prev = k;
  }
  return { label, firstChild, nextSibling, key, count };
}

/**
 * @param keys      distinct keys (duplicates keep the first id), symbols in 1..alphabetSize
 * @param alphabetSize largest symbol
 */
export function buildAutomaton(keys: Int32Array[], alphabetSize: number): Automaton {
  const trie = buildTrie(keys);
  let size = Math.max(1024, trie.count * 2 + alphabetSize + 1);
  let base = new Int32Array(size);
  let check = new Int32Array(size).fill(-1);
  const grow = (need: number) => {
    if (need < size) return;
    let n = size;
    while (n <= need) n *= 2;
    const b = new Int32Array(n);
    b.set(base);
    const c = new Int32Array(n).fill(-1);
    c.set(check);
    base = b;
    check = c;
    size = n;
  };
  const at = new Int32Array(trie.count); // trie node → double-array index
  check[0] = -2;
  at[0] = 0;
  let used = 1;
  let nextCheck = 1;
  const queue = new Int32Array(trie.count);
  let qh = 0;
  let qt = 0;
  queue[qt++] = 0;
  const labels: number[] = [];
  const kids: number[] = [];
  while (qh < qt) {
    const node = queue[qh++]!;
    const s = at[node]!;
    labels.length = 0;
    kids.length = 0;
    for (let ch = trie.firstChild[node]!; ch !== -1; ch = trie.nextSibling[ch]!) {
      labels.push(trie.label[ch]!);
      kids.push(ch);
    }
    if (labels.length === 0) continue;
    const first = labels[0]!;
    let pos = Math.max(nextCheck, first + 1) - 1;
    let occupied = 0;
    let b = 0;
    for (;;) {
      pos++;
      grow(pos + alphabetSize + 1);
      if (check[pos] !== -1) {
        occupied++;
        continue;
      }
      b = pos - first;
      let ok = true;
      for (let j = 1; j < labels.length; j++) {
        if (check[b + labels[j]!] !== -1) {
          ok = false;
          break;
        }
      }
      if (ok) break;
    }
    // DARTS heuristic: when the scanned window is almost full, start later next time.
    if (occupied / (pos - nextCheck + 1) >= 0.95) nextCheck = pos;
    base[s] = b;
    for (let j = 0; j < labels.length; j++) {
      const t = b + labels[j]!;
      check[t] = s;
      at[kids[j]!] = t;
      if (t + 1 > used) used = t + 1;
      queue[qt++] = kids[j]!;
    }
  }
  const total = used + alphabetSize + 1;
  grow(total);
  const fail = new Int32Array(total);
  const out = new Int32Array(total).fill(-1);
  const report = new Int32Array(total).fill(-1);
  const dict = new Int32Array(total).fill(-1);
  for (let i = 0; i < trie.count; i++) out[at[i]!] = trie.key[i]!;
  // Fail links in BFS order (queue already holds the BFS order of trie nodes).
  report[0] = -1;
  for (let q = 1; q < qt; q++) {
    const node = queue[q]!;
    const v = at[node]!;
    const u = check[v]!;
    const c = v - base[u]!;
    let f = 0;
    if (u !== 0) {
      f = fail[u]!;
      for (;;) {
        const t = base[f]! + c;
        if (check[t] === f) {
          f = t;
          break;
        }
        if (f === 0) break;
        f = fail[f]!;
      }
    }
    fail[v] = f;
    dict[v] = report[f]!;
    report[v] = out[v] !== -1 ? v : dict[v]!;
  }
  return {
    base: base.slice(0, total),
    check: check.slice(0, total),
    fail,
    out,
    report,
    dict,
    states: trie.count,
  };
}
