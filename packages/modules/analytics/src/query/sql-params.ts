/** Collects bind parameters while SQL is assembled: `p.add(v)` returns its `$n`. Values never enter the SQL text. */
export class SqlParams {
  readonly values: unknown[] = [];
  constructor(initial: readonly unknown[] = []) {
    this.values.push(...initial);
  }
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
