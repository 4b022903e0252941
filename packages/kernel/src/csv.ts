/**
 * CSV for spreadsheets (RFC 4180, CRLF line ends; prefix a file with CSV_BOM so Excel reads it as
 * UTF-8, Chinese included). A cell starting with = + - @ tab or CR gets a leading single quote so it
 * is never evaluated as a formula; a cell with a comma, quote, CR or LF is quoted with inner quotes
 * doubled. Dates are ISO instants, other objects JSON.
 */
export const CSV_BOM = '\uFEFF';

export function csvCell(value: unknown): string {
  let s: string;
  if (value === null || value === undefined) s = '';
  else if (value instanceof Date) s = value.toISOString();
  else if (typeof value === 'object') s = JSON.stringify(value);
  else s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: readonly unknown[]): string {
  return values.map(csvCell).join(',') + '\r\n';
}
