import type { Database } from '@resonance/db';
import { newId } from '@resonance/kernel';
import { getLexicon } from '../lexicons/lexicons.service.js';
import { bumpLexiconVersion } from '../lexicons/settings.repository.js';
import { allTermRows, upsertTermRows } from '../lexicons/terms.repository.js';
import { lexiconToCsv, lexiconToJson, parseLexiconFile, type ImportRowError, type LexiconFileFormat } from './lexicon-file.js';

export interface ImportResult {
  /** Rows read from the file (without the header and blank lines). */
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Rows not imported, each naming its row and field. The valid rows are imported anyway. */
  errors: ImportRowError[];
}

/** Upsert by term: importing the same file again changes nothing. */
export async function importLexicon(db: Database, workspaceId: string, lexiconId: string, format: LexiconFileFormat, content: string, now: Date): Promise<ImportResult> {
  const lexicon = await getLexicon(db, workspaceId, lexiconId, now);
  const parsed = parseLexiconFile(format, content);
  const existing = new Map((await allTermRows(db, workspaceId, lexicon.id)).map((t) => [t.term, t]));
  let inserted = 0;
  let updated = 0;
  const changed = parsed.rows.filter(({ term }) => {
    const old = existing.get(term.term);
    if (!old) return ++inserted > 0;
    const same = old.severity === term.severity && old.suggestion === term.suggestion && old.variants === term.variants;
    if (!same) updated++;
    return !same;
  });
  if (changed.length > 0) {
    await upsertTermRows(db, workspaceId, lexicon.id, changed.map(({ term }) => ({ id: newId('lxt', now.getTime()), t: term })), now);
    await bumpLexiconVersion(db, workspaceId);
  }
  const rowsRead = parsed.rows.length + new Set(parsed.errors.filter((e) => e.row > 0 && e.field !== 'header').map((e) => e.row)).size;
  return { rows: rowsRead, inserted, updated, unchanged: parsed.rows.length - changed.length, errors: parsed.errors };
}

export interface ExportFile {
  filename: string;
  contentType: string;
  body: string;
}

export async function exportLexicon(db: Database, workspaceId: string, lexiconId: string, format: LexiconFileFormat, now: Date): Promise<ExportFile> {
  const lexicon = await getLexicon(db, workspaceId, lexiconId, now);
  const terms = await allTermRows(db, workspaceId, lexicon.id);
  const base = `lexicon-${lexicon.category}-${lexicon.id}`;
  return format === 'csv'
    ? { filename: `${base}.csv`, contentType: 'text/csv; charset=utf-8', body: lexiconToCsv(terms) }
    : { filename: `${base}.json`, contentType: 'application/json; charset=utf-8', body: lexiconToJson(lexicon, terms) };
}
