/**
 * CSV for spreadsheets (RFC 4180, CRLF line ends, UTF-8 with a BOM so Excel reads Chinese). A cell
 * starting with = + - @ tab or CR gets a leading single quote so it is never evaluated as a formula;
 * a cell with a comma, quote, CR or LF is quoted with inner quotes doubled.
 */
export const CSV_BOM = '\uFEFF';

export function csvCell(value: unknown): string {
  let s: string;
  if (value === null || value === undefined) s = '';
  else if (value instanceof Date) s = value.toISOString();
  else s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: readonly unknown[]): string {
  return values.map(csvCell).join(',') + '\r\n';
}

/** `YYYY-MM-DD HH:mm:ss` of an instant in a time zone (what a spreadsheet shows as local time). */
export function localDateTime(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
  }).format(instant);
}
