import { CSV_BOM, csvLine } from '@resonance/kernel';
import type { Severity } from '@resonance/nlp';
import { SEVERITIES, type Lexicon, type Term, type TermInput } from '../lexicons/lexicon.types.js';
import { parseCsv, unguardCell } from './csv-parse.js';

export type LexiconFileFormat = 'csv' | 'json';

/** A problem with one row of an imported file: `row` is the CSV line (header = 1) or the 1-based JSON index. */
export interface ImportRowError {
  row: number;
  field: string;
  message: string;
}

export interface ParsedLexiconFile {
  rows: { row: number; term: TermInput }[];
  errors: ImportRowError[];
}

export const CSV_COLUMNS = ['term', 'severity', 'suggestion', 'variants'] as const;
export const MAX_TERM_LENGTH = 100;
export const MAX_SUGGESTION_LENGTH = 200;

const TRUE = new Set(['true', '1', 'yes', 'y', '是']);
const FALSE = new Set(['false', '0', 'no', 'n', '否']);

type Raw = Partial<Record<(typeof CSV_COLUMNS)[number], unknown>>;

/** Validates one row; pushes errors naming the field; the term when it is usable. */
function termOf(raw: Raw, row: number, errors: ImportRowError[]): TermInput | null {
  const before = errors.length;
  const fail = (field: string, message: string) => errors.push({ row, field, message });
  const term = typeof raw.term === 'string' ? unguardCell(raw.term.trim()) : '';
  if (!term) fail('term', 'is required');
  else if (term.length > MAX_TERM_LENGTH) fail('term', `is longer than ${MAX_TERM_LENGTH} characters`);
  const sev = typeof raw.severity === 'string' ? raw.severity.trim().toLowerCase() : '';
  if (!(SEVERITIES as readonly string[]).includes(sev)) fail('severity', `must be one of ${SEVERITIES.join(', ')}`);
  let suggestion: string | null = null;
  if (raw.suggestion !== undefined && raw.suggestion !== null) {
    if (typeof raw.suggestion !== 'string') fail('suggestion', 'must be text');
    else {
      suggestion = unguardCell(raw.suggestion.trim()) || null;
      if (suggestion && suggestion.length > MAX_SUGGESTION_LENGTH) fail('suggestion', `is longer than ${MAX_SUGGESTION_LENGTH} characters`);
    }
  }
  let variants = true;
  if (typeof raw.variants === 'boolean') variants = raw.variants;
  else if (raw.variants !== undefined && raw.variants !== null && String(raw.variants).trim() !== '') {
    const v = String(raw.variants).trim().toLowerCase();
    if (TRUE.has(v)) variants = true;
    else if (FALSE.has(v)) variants = false;
    else fail('variants', 'must be true or false');
  }
  return errors.length === before ? { term, severity: sev as Severity, suggestion, variants } : null;
}

/** Rows after the first occurrence of a term are errors (a file must not say two things about one term). */
function dedupe(parsed: ParsedLexiconFile): ParsedLexiconFile {
  const first = new Map<string, number>();
  const rows: ParsedLexiconFile['rows'] = [];
  for (const r of parsed.rows) {
    const seen = first.get(r.term.term);
    if (seen !== undefined) parsed.errors.push({ row: r.row, field: 'term', message: `"${r.term.term}" already appears in row ${seen}` });
    else {
      first.set(r.term.term, r.row);
      rows.push(r);
    }
  }
  return { rows, errors: parsed.errors.sort((a, b) => a.row - b.row) };
}

/** CSV with a header row naming at least `term` and `severity` (any order, case-insensitive; other columns ignored). */
export function parseLexiconCsv(text: string): ParsedLexiconFile {
  let table: string[][];
  try {
    table = parseCsv(text);
  } catch (err) {
    return { rows: [], errors: [{ row: 0, field: 'file', message: (err as Error).message }] };
  }
  const header = (table[0] ?? []).map((h) => h.trim().toLowerCase());
  const missing = ['term', 'severity'].filter((c) => !header.includes(c));
  if (missing.length) return { rows: [], errors: [{ row: 1, field: 'header', message: `missing column(s): ${missing.join(', ')}` }] };
  const out: ParsedLexiconFile = { rows: [], errors: [] };
  table.slice(1).forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => c.trim() === '')) return;
    const raw: Raw = {};
    for (const col of CSV_COLUMNS) {
      const at = header.indexOf(col);
      if (at >= 0) raw[col] = cells[at] ?? '';
    }
    const term = termOf(raw, row, out.errors);
    if (term) out.rows.push({ row, term });
  });
  return dedupe(out);
}

/** JSON: an array of terms, or an export file `{ lexicon, terms: [...] }`. */
export function parseLexiconJson(text: string): ParsedLexiconFile {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    return { rows: [], errors: [{ row: 0, field: 'file', message: `not valid JSON: ${(err as Error).message}` }] };
  }
  const list = Array.isArray(data) ? data : (data as { terms?: unknown } | null)?.terms;
  if (!Array.isArray(list)) return { rows: [], errors: [{ row: 0, field: 'terms', message: 'expected an array of terms or an object with a "terms" array' }] };
  const out: ParsedLexiconFile = { rows: [], errors: [] };
  list.forEach((item, i) => {
    const row = i + 1;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      out.errors.push({ row, field: 'term', message: 'must be an object' });
      return;
    }
    const term = termOf(item as Raw, row, out.errors);
    if (term) out.rows.push({ row, term });
  });
  return dedupe(out);
}

export function parseLexiconFile(format: LexiconFileFormat, text: string): ParsedLexiconFile {
  return format === 'csv' ? parseLexiconCsv(text) : parseLexiconJson(text);
}

/** CSV for spreadsheets: BOM (Excel reads UTF-8), formula-looking cells prefixed with `'` (kernel csvCell). */
export function lexiconToCsv(terms: readonly Term[]): string {
  return CSV_BOM + csvLine(CSV_COLUMNS) + terms.map((t) => csvLine([t.term, t.severity, t.suggestion ?? '', t.variants])).join('');
}

export function lexiconToJson(lexicon: Lexicon, terms: readonly Term[]): string {
  const file = {
    lexicon: { name: lexicon.name, category: lexicon.category },
    terms: terms.map((t) => ({ term: t.term, severity: t.severity, suggestion: t.suggestion, variants: t.variants })),
  };
  return JSON.stringify(file, null, 2) + '\n';
}
