import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '@resonance/db/testing';
import { startTestServer, type TestServer } from '../src/testing/index.js';
import { workspaceFixture, type WorkspaceFixture } from './fixtures.js';

describe.each(testDatabaseKinds())('compliance API (%s)', (kind) => {
  let server: TestServer;
  let a: WorkspaceFixture;
  let b: WorkspaceFixture;
  const api = (role: keyof WorkspaceFixture['tokens'], f: WorkspaceFixture = a) => server.client().withToken(f.tokens[role]);
  const ws = (rest: string, f: WorkspaceFixture = a) => `/api/workspaces/${f.workspaceId}/compliance${rest}`;

  beforeAll(async () => {
    server = await startTestServer({ kind });
    a = await workspaceFixture(server, 'A');
    b = await workspaceFixture(server, 'B');
  });
  afterAll(async () => server?.close());

  it('lets reviewers and analysts read and check, not edit; editors check live', async () => {
    for (const role of ['reviewer', 'analyst', 'editor', 'agent'] as const) {
      const list = await api(role).get(ws('/lexicons'));
      expect(list.status).toBe(200);
      expect(list.body.items.find((l: { category: string }) => l.category === 'superlative')).toMatchObject({ builtIn: true, enabled: true });
      const check = await api(role).post(ws('/check'), { title: '全网第一', body: '史上最低价的福利', sponsored: false });
      expect(check.status).toBe(200);
      expect(check.body.decision).toBe('block');
      expect(check.body.findings).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'body', excerpt: '最低', start: 2, end: 4 })]));
    }
    const lexiconId = (await api('analyst').get(ws('/lexicons'))).body.items[0].id;
    for (const role of ['reviewer', 'analyst', 'editor'] as const) {
      expect((await api(role).post(ws('/lexicons'), { name: 'x', category: 'custom' })).status).toBe(403);
      expect((await api(role).patch(ws(`/lexicons/${lexiconId}`), { enabled: false })).status).toBe(403);
      expect((await api(role).post(ws(`/lexicons/${lexiconId}/terms`), { term: 'x', severity: 'low' })).status).toBe(403);
      expect((await api(role).post(ws(`/lexicons/${lexiconId}/import`), { format: 'csv', content: 'term,severity\nx,low\n' })).status).toBe(403);
    }
    const terms = await api('reviewer').get(ws(`/lexicons/${lexiconId}/terms?search=${encodeURIComponent('最低')}`));
    expect(terms.status).toBe(200);
    expect(terms.body.items.map((t: { term: string }) => t.term)).toEqual(expect.arrayContaining(['最低', '史上最低价']));
  });

  it('lets an admin manage lexicons and terms; the matcher sees the change at once', async () => {
    const created = await api('admin').post(ws('/lexicons'), { name: '竞品', category: 'competitor' });
    expect(created.status).toBe(201);
    expect((await api('admin').post(ws('/lexicons'), { name: '竞品', category: 'competitor' })).status).toBe(409);
    const term = await api('admin').post(ws(`/lexicons/${created.body.id}/terms`), { term: '喜茶', severity: 'high', suggestion: '某品牌' });
    expect(term.status).toBe(201);
    const check = await api('editor').post(ws('/check'), { body: '比喜茶好喝' });
    expect(check.body.findings).toMatchObject([{ rule: term.body.id, category: 'competitor', start: 1, end: 3, suggestion: '某品牌', field: 'body' }]);
    const patched = await api('owner').patch(ws(`/lexicons/${created.body.id}/terms/${term.body.id}`), { severity: 'low' });
    expect(patched.body).toMatchObject({ severity: 'low', term: '喜茶' });
    expect((await api('owner').delete(ws(`/lexicons/${created.body.id}/terms/${term.body.id}`))).status).toBe(200);
    expect((await api('editor').post(ws('/check'), { body: '比喜茶好喝' })).body.findings).toEqual([]);
    const builtIn = (await api('owner').get(ws('/lexicons'))).body.items[0];
    expect((await api('owner').delete(ws(`/lexicons/${builtIn.id}`))).status).toBe(409);
    expect((await api('owner').delete(ws(`/lexicons/${created.body.id}`))).status).toBe(200);
  });

  it('imports and exports CSV and JSON with per-row errors', async () => {
    const lex = await api('admin').post(ws('/lexicons'), { name: '导入', category: 'custom' });
    const imported = await api('admin').post(ws(`/lexicons/${lex.body.id}/import`), { format: 'csv', content: 'term,severity,suggestion\n=1+1,high,\n好物,bad,\n神器,medium,好物\n' });
    expect(imported.status).toBe(200);
    expect(imported.body).toEqual({ rows: 3, inserted: 2, updated: 0, unchanged: 0, errors: [{ row: 3, field: 'severity', message: 'must be one of low, medium, high, critical' }] });
    const csv = await api('reviewer').get(ws(`/lexicons/${lex.body.id}/export?format=csv`));
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain('attachment; filename="lexicon-custom-');
    // (fetch's text() drops the UTF-8 BOM the file starts with; the unit tests check it)
    expect(csv.body).toBe("term,severity,suggestion,variants\r\n'=1+1,high,,true\r\n神器,medium,好物,true\r\n");
    const json = await api('reviewer').get(ws(`/lexicons/${lex.body.id}/export?format=json`));
    expect(json.body.terms).toEqual([
      { term: '=1+1', severity: 'high', suggestion: null, variants: true },
      { term: '神器', severity: 'medium', suggestion: '好物', variants: true },
    ]);
    const again = await api('admin').post(ws(`/lexicons/${lex.body.id}/import`), { format: 'json', content: JSON.stringify(json.body) });
    expect(again.body).toMatchObject({ inserted: 0, updated: 0, unchanged: 2, errors: [] });
  });

  it("answers 404 for another workspace's lexicons and 400 naming the field", async () => {
    const lexiconId = (await api('owner').get(ws('/lexicons'))).body.items[0].id;
    expect((await api('owner', b).get(ws(`/lexicons/${lexiconId}/terms`, b))).status).toBe(404);
    expect((await api('owner', b).patch(ws(`/lexicons/${lexiconId}`, b), { enabled: false })).status).toBe(404);
    expect((await api('owner', b).get(ws(`/lexicons/${lexiconId}/export`, b))).status).toBe(404);
    expect((await api('owner').get(ws('/lexicons', b))).status).toBe(404);
    const field = async (res: Promise<{ status: number; body: any }>) => {
      const r = await res;
      expect(r.status).toBe(400);
      return r.body.error.fields[0].path;
    };
    expect(await field(api('owner').post(ws('/lexicons'), { name: 'x', category: 'pii' }))).toBe('body.category');
    expect(await field(api('owner').post(ws(`/lexicons/${lexiconId}/terms`), { term: '  ', severity: 'high' }))).toBe('body.term');
    expect(await field(api('owner').post(ws(`/lexicons/${lexiconId}/terms`), { term: 'x', severity: 'urgent' }))).toBe('body.severity');
    expect(await field(api('owner').post(ws(`/lexicons/${lexiconId}/import`), { format: 'xml', content: 'x' }))).toBe('body.format');
    expect(await field(api('editor').post(ws('/check'), { title: 'x' }))).toBe('body.body');
    expect(await field(api('analyst').get(ws('/metrics?interval=month')))).toBe('query.interval');
    expect(await field(api('analyst').get(ws('/metrics?from=2026-03-09&to=2026-03-01')))).toBe('query.to');
  });

  it('serves metrics in the workspace time zone', async () => {
    const m = await api('analyst').get(ws('/metrics?from=2026-03-01&to=2026-03-14&interval=week'));
    expect(m.status).toBe(200);
    expect(m.body).toMatchObject({ timeZone: 'Asia/Shanghai', interval: 'week', from: '2026-03-01', to: '2026-03-14', target: { start: 0.08, goal: 0.005 } });
    expect(m.body.series.map((p: { period: string }) => p.period)).toEqual(['2026-02-23', '2026-03-02', '2026-03-09']);
    expect(m.body.totals).toMatchObject({ checked: 0, rate: null });
  });
});
