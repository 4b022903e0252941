/** A PostgreSQL text[] literal (for COPY): `{"a","b \"c\""}`. */
export function pgTextArray(items: readonly string[]): string {
  return '{' + items.map((s) => '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"').join(',') + '}';
}
