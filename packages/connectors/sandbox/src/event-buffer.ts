/** Growable columnar event storage; sorting packs (time offset, index) into one float so the native sort does the work. */
import type { EventColumns, EventProps } from './simulation.types.js';

const INDEX_SPACE = 1_048_576; // 2^20: offset (ms, < 2^32) × 2^20 + index stays below 2^53

export class EventBuffer {
  private type: Uint8Array;
  private fan: Int32Array;
  private at: Float64Array;
  private readonly props = new Map<number, EventProps>();
  count = 0;

  constructor(capacity: number) {
    const cap = Math.max(16, Math.ceil(capacity));
    this.type = new Uint8Array(cap);
    this.fan = new Int32Array(cap);
    this.at = new Float64Array(cap);
  }

  push(type: number, fan: number, atMs: number, props?: EventProps): void {
    if (this.count === this.type.length) this.grow();
    const i = this.count++;
    this.type[i] = type;
    this.fan[i] = fan;
    this.at[i] = atMs;
    if (props) this.props.set(i, props);
  }

  private grow(): void {
    const cap = this.type.length * 2;
    const type = new Uint8Array(cap);
    type.set(this.type);
    const fan = new Int32Array(cap);
    fan.set(this.fan);
    const at = new Float64Array(cap);
    at.set(this.at);
    [this.type, this.fan, this.at] = [type, fan, at];
  }

  /** Columns sorted by time; equal times keep generation order. All times must be integers ≥ originMs. */
  toSortedColumns(originMs: number): EventColumns {
    const n = this.count;
    const order = new Uint32Array(n);
    if (n < INDEX_SPACE) {
      const keys = new Float64Array(n);
      for (let i = 0; i < n; i++) keys[i] = (this.at[i]! - originMs) * INDEX_SPACE + i;
      keys.sort();
      for (let i = 0; i < n; i++) order[i] = keys[i]! % INDEX_SPACE;
    } else {
      for (let i = 0; i < n; i++) order[i] = i;
      order.sort((a, b) => this.at[a]! - this.at[b]! || a - b);
    }
    const type = new Uint8Array(n);
    const fanIndex = new Int32Array(n);
    const atMs = new Float64Array(n);
    const props: (EventProps | undefined)[] = new Array(n);
    for (let k = 0; k < n; k++) {
      const i = order[k]!;
      type[k] = this.type[i]!;
      fanIndex[k] = this.fan[i]!;
      atMs[k] = this.at[i]!;
      if (this.props.size > 0) props[k] = this.props.get(i);
    }
    return { count: n, type, fanIndex, atMs, props };
  }
}
