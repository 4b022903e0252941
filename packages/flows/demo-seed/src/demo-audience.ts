/**
 * Who is who across the six simulated accounts. The brand's known audience is a pool of `poolSize`
 * people; each account's initial followers are a consecutive block of a shuffled pool order (blocks
 * wrap, so people follow 1–4 accounts). Public-reach people who engage (like, comment, follow …)
 * become additional fans, one per (account, world index), allocated on first sight.
 */
import { newId } from '@resonance/kernel';
import { createRng, hashSeed, type SandboxWorld } from '@resonance/connector-sandbox';

export class DemoAudience {
  readonly poolSize: number;
  private readonly order: Int32Array;
  /** Inverse of `order`: a person's position in the shuffled pool. */
  private readonly position: Int32Array;
  private readonly starts: number[];
  /** Per person: the account (index) and world index that defines their name and traits. */
  readonly homeAccount: Int8Array;
  readonly homeIndex: Int32Array;
  private readonly ids: string[] = [];
  private firstSeen: Float64Array;
  private lastSeen: Float64Array;
  /** Per account: public world index → person. */
  private readonly extras: Map<number, number>[];
  private readonly extraOrigin: { account: number; index: number }[] = [];

  constructor(poolSize: number, readonly worlds: readonly SandboxWorld[], seed: number) {
    this.poolSize = poolSize;
    const rng = createRng(hashSeed(seed, 'audience'));
    this.order = new Int32Array(poolSize);
    for (let i = 0; i < poolSize; i++) this.order[i] = i;
    for (let i = poolSize - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [this.order[i], this.order[j]] = [this.order[j]!, this.order[i]!];
    }
    this.position = new Int32Array(poolSize);
    for (let i = 0; i < poolSize; i++) this.position[this.order[i]!] = i;
    this.starts = [];
    let acc = 0;
    for (const w of worlds) {
      if (w.followers > poolSize) throw new Error(`an account has ${w.followers} followers, more than the pool of ${poolSize}`);
      this.starts.push(acc % poolSize);
      acc += w.followers;
    }
    this.homeAccount = new Int8Array(poolSize).fill(-1);
    this.homeIndex = new Int32Array(poolSize);
    const cap = poolSize * 2;
    this.firstSeen = new Float64Array(cap).fill(Infinity);
    this.lastSeen = new Float64Array(cap).fill(-Infinity);
    worlds.forEach((w, k) => {
      for (let i = 0; i < w.followers; i++) {
        const p = this.follower(k, i);
        if (this.homeAccount[p] === -1) [this.homeAccount[p], this.homeIndex[p]] = [k, i];
        this.seen(p, w.followedAtMs[i]!);
      }
    });
    for (let p = 0; p < poolSize; p++) this.ids.push(newId('fan', Number.isFinite(this.firstSeen[p]!) ? this.firstSeen[p]! : Date.now()));
    this.extras = worlds.map(() => new Map());
  }

  /** The person behind initial follower `i` of account `k`. */
  follower(k: number, i: number): number {
    return this.order[(this.starts[k]! + i) % this.poolSize]!;
  }

  /** The person behind world index `index` of account `k` (public-reach people get a new fan on first sight). */
  person(k: number, index: number, atMs: number): number {
    if (index < this.worlds[k]!.followers) return this.follower(k, index);
    const map = this.extras[k]!;
    let p = map.get(index);
    if (p === undefined) {
      p = this.ids.length;
      this.ids.push(newId('fan', atMs));
      this.extraOrigin.push({ account: k, index });
      map.set(index, p);
      if (p >= this.firstSeen.length) this.grow();
    }
    return p;
  }

  fanId(p: number): string {
    return this.ids[p]!;
  }

  seen(p: number, atMs: number): void {
    if (atMs < this.firstSeen[p]!) this.firstSeen[p] = atMs;
    if (atMs > this.lastSeen[p]!) this.lastSeen[p] = atMs;
  }

  get size(): number {
    return this.ids.length;
  }

  /** First and last event time of a person (ms), or null when never seen. */
  seenRange(p: number): { first: number; last: number } | null {
    const first = this.firstSeen[p]!;
    return Number.isFinite(first) ? { first, last: this.lastSeen[p]! } : null;
  }

  /** Where a person comes from: their home account and world index. */
  origin(p: number): { account: number; index: number } {
    if (p < this.poolSize) return { account: this.homeAccount[p]!, index: this.homeIndex[p]! };
    return this.extraOrigin[p - this.poolSize]!;
  }

  /** A person's (account, world index) pairs: the accounts they initially followed, or the one they engaged with. */
  accountsOf(p: number): { account: number; index: number }[] {
    if (p >= this.poolSize) return [this.extraOrigin[p - this.poolSize]!];
    const out: { account: number; index: number }[] = [];
    for (let k = 0; k < this.worlds.length; k++) {
      const i = (this.position[p]! - this.starts[k]! + this.poolSize) % this.poolSize;
      if (i < this.worlds[k]!.followers) out.push({ account: k, index: i });
    }
    return out;
  }

  private grow(): void {
    const first = new Float64Array(this.firstSeen.length * 2).fill(Infinity);
    first.set(this.firstSeen);
    const last = new Float64Array(this.lastSeen.length * 2).fill(-Infinity);
    last.set(this.lastSeen);
    [this.firstSeen, this.lastSeen] = [first, last];
  }
}
