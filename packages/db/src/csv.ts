/** CSV encoding for COPY … (FORMAT csv): NULL is an empty unquoted field, everything else is quoted. */
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  // finite numbers need no quotes (a fifth of bulk-load time went to quoting them)
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  let s: string;
  if (typeof v === 'string') s = v;
  else if (v instanceof Date) s = v.toISOString();
  else if (typeof v === 'object') s = JSON.stringify(v);
  else s = String(v);
  return s.includes('"') ? '"' + s.replace(/"/g, '""') + '"' : '"' + s + '"';
}

export function toCsv(rows: readonly (readonly unknown[])[]): string {
  let out = '';
  for (const row of rows) {
    out += row.map(csvField).join(',') + '\n';
  }
  return out;
}

export function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe identifier: ${name}`);
  return `"${name}"`;
}
