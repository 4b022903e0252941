import { describe, expect, it } from 'vitest';
import type { Lexicon, Term } from '../lexicons/lexicon.types.js';
import { lexiconToCsv, lexiconToJson, parseLexiconCsv, parseLexiconJson } from './lexicon-file.js';

const at = new Date('2026-03-01T00:00:00Z');
const term = (t: string, extra: Partial<Term> = {}): Term => ({
  id: `lxt_${t}`, lexiconId: 'lex_1', term: t, severity: 'high', suggestion: null, variants: true, createdAt: at, updatedAt: at, ...extra,
});
const lexicon: Lexicon = { id: 'lex_1', name: '极限词', category: 'superlative', builtIn: true, enabled: true, termCount: 3, createdAt: at, updatedAt: at };

describe('lexicon CSV', () => {
  it('guards formula-like cells on export and reads them back unchanged', () => {
    const terms = [term('=HYPERLINK("x")', { suggestion: '+1 领先' }), term('-最佳', { suggestion: '@优选', severity: 'low', variants: false }), term('第一, 唯一')];
    const csv = lexiconToCsv(terms);
    expect(csv.startsWith('\uFEFFterm,severity,suggestion,variants\r\n')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""x"")",high,'+1 领先,true\r\n`);
    expect(csv).toContain(`'-最佳,low,'@优选,false\r\n`);
    expect(csv).toContain('"第一, 唯一",high,,true\r\n');
    const back = parseLexiconCsv(csv);
    expect(back.errors).toEqual([]);
    expect(back.rows.map((r) => r.term)).toEqual(terms.map((t) => ({ term: t.term, severity: t.severity, suggestion: t.suggestion, variants: t.variants })));
  });

  it('reports each bad row by line and field and keeps the good ones', () => {
    const csv = ['Severity,TERM,note,variants', 'high,最佳,ignored,', 'urgent,第一,,', ',,,', 'low,,,', 'medium,唯一,,maybe', 'critical,最佳,,no'].join('\n');
    const r = parseLexiconCsv(csv);
    expect(r.rows).toEqual([{ row: 2, term: { term: '最佳', severity: 'high', suggestion: null, variants: true } }]);
    expect(r.errors).toEqual([
      { row: 3, field: 'severity', message: 'must be one of low, medium, high, critical' },
      { row: 5, field: 'term', message: 'is required' },
      { row: 6, field: 'variants', message: 'must be true or false' },
      { row: 7, field: 'term', message: '"最佳" already appears in row 2' },
    ]);
  });

  it('needs the term and severity columns', () => {
    expect(parseLexiconCsv('word,level\n最佳,high\n')).toEqual({ rows: [], errors: [{ row: 1, field: 'header', message: 'missing column(s): term, severity' }] });
  });

  it('reports an unterminated quote as a file error', () => {
    expect(parseLexiconCsv('term,severity\n"最佳,high\n').errors).toEqual([{ row: 0, field: 'file', message: 'unterminated quoted field starting on line 2' }]);
  });
});

describe('lexicon JSON', () => {
  it('round-trips an export file', () => {
    const terms = [term('最佳', { suggestion: '优选' }), term('NO.1', { variants: false, severity: 'medium' })];
    const json = lexiconToJson(lexicon, terms);
    expect(JSON.parse(json).lexicon).toEqual({ name: '极限词', category: 'superlative' });
    expect(parseLexiconJson(json)).toEqual({
      rows: [
        { row: 1, term: { term: '最佳', severity: 'high', suggestion: '优选', variants: true } },
        { row: 2, term: { term: 'NO.1', severity: 'medium', suggestion: null, variants: false } },
      ],
      errors: [],
    });
  });

  it('accepts a bare array and names row and field of bad items', () => {
    const r = parseLexiconJson(JSON.stringify([{ term: '保本', severity: 'CRITICAL' }, 'x', { term: 'y'.repeat(101), severity: 'low', suggestion: 3 }]));
    expect(r.rows).toEqual([{ row: 1, term: { term: '保本', severity: 'critical', suggestion: null, variants: true } }]);
    expect(r.errors).toEqual([
      { row: 2, field: 'term', message: 'must be an object' },
      { row: 3, field: 'term', message: 'is longer than 100 characters' },
      { row: 3, field: 'suggestion', message: 'must be text' },
    ]);
  });

  it('rejects what is not JSON or has no terms', () => {
    expect(parseLexiconJson('{').errors[0]).toMatchObject({ row: 0, field: 'file' });
    expect(parseLexiconJson('{"a":1}').errors).toEqual([{ row: 0, field: 'terms', message: 'expected an array of terms or an object with a "terms" array' }]);
  });
});
