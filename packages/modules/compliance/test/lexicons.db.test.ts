import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import {
  addTerm, COMPLIANCE_MIGRATIONS_DIR, createLexicon, DEFAULT_LEXICONS, deleteLexicon, exportLexicon, importLexicon, listLexicons, listTerms, removeTerm,
  updateLexicon, updateTerm,
} from '../src/index.js';
import { lexiconVersion } from '../src/lexicons/settings.repository.js';

const now = new Date('2026-03-01T02:00:00Z');

describe.each(testDatabaseKinds())('compliance lexicons on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind, [COMPLIANCE_MIGRATIONS_DIR]);
  });
  afterAll(async () => db?.close());

  it('installs the built-in lexicons once, on first use', async () => {
    const first = await listLexicons(db, 'ws_a', now);
    expect(first.map((l) => [l.category, l.builtIn, l.enabled])).toEqual(DEFAULT_LEXICONS.map((d) => [d.category, true, true]));
    const superlative = first.find((l) => l.category === 'superlative')!;
    expect(superlative.termCount).toBe(DEFAULT_LEXICONS[0]!.terms.length);
    expect(first.find((l) => l.category === 'competitor')!.termCount).toBe(0);
    // a deleted built-in term stays deleted, even for a process that never saw this workspace
    const best = (await listTerms(db, 'ws_a', superlative.id, { search: '最佳', limit: 10, offset: 0 }, now)).items[0]!;
    await removeTerm(db, 'ws_a', superlative.id, best.id, now);
    const { ensureDefaultLexicons } = await import('../src/lexicons/install-defaults.js');
    await ensureDefaultLexicons(db, 'ws_a', now);
    const [count] = await db.query<{ n: number }>("select count(*)::int as n from compliance_lexicons where workspace_id = 'ws_a'");
    expect(count!.n).toBe(DEFAULT_LEXICONS.length);
    expect((await listTerms(db, 'ws_a', superlative.id, { search: '最佳', limit: 10, offset: 0 }, now)).total).toBe(0);
    // another workspace gets its own copy
    expect((await listLexicons(db, 'ws_b', now)).find((l) => l.category === 'superlative')!.termCount).toBe(DEFAULT_LEXICONS[0]!.terms.length);
  });

  it('creates, renames, disables and deletes custom lexicons; built-in ones can only be switched off', async () => {
    const v0 = await lexiconVersion(db, 'ws_a');
    const mine = await createLexicon(db, 'ws_a', { name: '竞品 A', category: 'competitor', enabled: true }, now);
    expect(mine).toMatchObject({ name: '竞品 A', category: 'competitor', builtIn: false, enabled: true, termCount: 0 });
    expect(mine.id).toMatch(/^lex_/);
    await expect(createLexicon(db, 'ws_a', { name: '竞品 A', category: 'custom', enabled: true }, now)).rejects.toMatchObject({ status: 409 });
    const off = await updateLexicon(db, 'ws_a', mine.id, { enabled: false, name: '竞品 B', category: 'custom' }, now);
    expect(off).toMatchObject({ enabled: false, name: '竞品 B', category: 'custom' });
    expect(await lexiconVersion(db, 'ws_a')).toBe(v0 + 2);

    const builtIn = (await listLexicons(db, 'ws_a', now)).find((l) => l.builtIn)!;
    await expect(updateLexicon(db, 'ws_a', builtIn.id, { category: 'custom' }, now)).rejects.toMatchObject({ status: 400, fields: [{ path: 'body.category' }] });
    expect(await updateLexicon(db, 'ws_a', builtIn.id, { enabled: false }, now)).toMatchObject({ enabled: false });
    await expect(deleteLexicon(db, 'ws_a', builtIn.id, now)).rejects.toMatchObject({ status: 409 });
    await expect(updateLexicon(db, 'ws_a', mine.id, { name: builtIn.name }, now)).rejects.toMatchObject({ status: 409 });

    await expect(updateLexicon(db, 'ws_b', mine.id, { enabled: true }, now)).rejects.toMatchObject({ status: 404 });
    await deleteLexicon(db, 'ws_a', mine.id, now);
    expect((await listLexicons(db, 'ws_a', now)).some((l) => l.id === mine.id)).toBe(false);
  });

  it('adds, edits, searches and deletes terms, unique per lexicon, scoped to the workspace', async () => {
    const l = await createLexicon(db, 'ws_a', { name: '品牌词', category: 'custom', enabled: true }, now);
    const t = await addTerm(db, 'ws_a', l.id, { term: ' 超能 ', severity: 'medium', suggestion: '', variants: true }, now);
    expect(t).toMatchObject({ term: '超能', severity: 'medium', suggestion: null, variants: true, lexiconId: l.id });
    await expect(addTerm(db, 'ws_a', l.id, { term: '超能', severity: 'low', variants: true }, now)).rejects.toMatchObject({ status: 409 });
    const other = await addTerm(db, 'ws_a', l.id, { term: '神器', severity: 'low', suggestion: '好物', variants: false }, now);
    await expect(updateTerm(db, 'ws_a', l.id, other.id, { term: '超能' }, now)).rejects.toMatchObject({ status: 409 });
    expect(await updateTerm(db, 'ws_a', l.id, other.id, { severity: 'high', suggestion: null }, now)).toMatchObject({ term: '神器', severity: 'high', suggestion: null, variants: false });
    expect((await listTerms(db, 'ws_a', l.id, { search: '超', limit: 10, offset: 0 }, now)).items.map((x) => x.term)).toEqual(['超能']);
    expect(await listTerms(db, 'ws_a', l.id, { limit: 1, offset: 1 }, now)).toMatchObject({ total: 2, items: [{ term: '超能' }] });
    await expect(listTerms(db, 'ws_b', l.id, { limit: 10, offset: 0 }, now)).rejects.toMatchObject({ status: 404 });
    await expect(removeTerm(db, 'ws_b', l.id, t.id, now)).rejects.toMatchObject({ status: 404 });
    await removeTerm(db, 'ws_a', l.id, t.id, now);
    expect((await listTerms(db, 'ws_a', l.id, { limit: 10, offset: 0 }, now)).total).toBe(1);
  });

  it('round-trips CSV and JSON exports; re-importing is idempotent; bad rows are named', async () => {
    const superlative = (await listLexicons(db, 'ws_b', now)).find((l) => l.category === 'superlative')!;
    const csv = await exportLexicon(db, 'ws_b', superlative.id, 'csv', now);
    expect(csv.contentType).toBe('text/csv; charset=utf-8');
    expect(csv.body).toContain('史上最低价,critical,限时优惠价,true\r\n');
    const target = await createLexicon(db, 'ws_b', { name: '导入测试', category: 'superlative', enabled: true }, now);
    const first = await importLexicon(db, 'ws_b', target.id, 'csv', csv.body, now);
    const n = DEFAULT_LEXICONS[0]!.terms.length;
    expect(first).toEqual({ rows: n, inserted: n, updated: 0, unchanged: 0, errors: [] });
    expect(await importLexicon(db, 'ws_b', target.id, 'csv', csv.body, now)).toEqual({ rows: n, inserted: 0, updated: 0, unchanged: n, errors: [] });
    const v = await lexiconVersion(db, 'ws_b');
    const json = await exportLexicon(db, 'ws_b', target.id, 'json', now);
    expect(await importLexicon(db, 'ws_b', target.id, 'json', json.body, now)).toMatchObject({ inserted: 0, updated: 0, unchanged: n });
    expect(await lexiconVersion(db, 'ws_b')).toBe(v); // nothing changed, matchers stay compiled
    expect(JSON.parse(json.body).terms).toEqual(JSON.parse((await exportLexicon(db, 'ws_b', superlative.id, 'json', now)).body).terms);

    const mixed = 'term,severity,suggestion\n最佳,low,较好\n=cmd,high,\n新词,severe,\n';
    expect(await importLexicon(db, 'ws_b', target.id, 'csv', mixed, now)).toEqual({
      rows: 3, inserted: 1, updated: 1, unchanged: 0, errors: [{ row: 4, field: 'severity', message: 'must be one of low, medium, high, critical' }],
    });
    expect((await listTerms(db, 'ws_b', target.id, { search: '最佳', limit: 5, offset: 0 }, now)).items).toMatchObject([{ term: '最佳', severity: 'low', suggestion: '较好' }]);
    expect((await exportLexicon(db, 'ws_b', target.id, 'csv', now)).body).toContain("'=cmd,high,,true\r\n");
    await expect(importLexicon(db, 'ws_a', target.id, 'csv', mixed, now)).rejects.toMatchObject({ status: 404 });
  });
});
