/**
 * CSV for spreadsheets: UTF-8 with a BOM (so Excel reads Chinese correctly), CRLF line ends, RFC 4180
 * quoting, and text that a spreadsheet would run as a formula (starting with = + - @ tab or CR)
 * prefixed with a single quote. Numbers stay numbers (a negative number is not a formula).
 */
export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(v: CsvCell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const safe = FORMULA_START.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const BOM = '\uFEFF';

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** A safe file name from a title (keeps Chinese, drops path and reserved characters). */
export function fileNameOf(title: string, ext: string): string {
  const base = title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || 'export';
  return `${base}.${ext}`;
}

/** Starts a download of `data` (a Blob or a data URL) in the browser. */
export function download(data: Blob | string, fileName: string): void {
  const url = typeof data === 'string' ? data : URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  if (typeof data !== 'string') setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadCsv(rows: readonly (readonly CsvCell[])[], title: string): void {
  download(new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }), fileNameOf(title, 'csv'));
}
