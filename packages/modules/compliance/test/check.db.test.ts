import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import { addTerm, checkContentCompliance, checkText, COMPLIANCE_MIGRATIONS_DIR, complianceMetrics, createLexicon, listLexicons, updateLexicon } from '../src/index.js';

const now = new Date('2026-03-01T02:00:00Z');
const tz = { timeZone: 'Asia/Shanghai', now: new Date('2026-03-20T00:00:00Z') };

describe.each(testDatabaseKinds())('compliance checks on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind, [COMPLIANCE_MIGRATIONS_DIR]);
  });
  afterAll(async () => db?.close());

  it('finds the built-in superlatives in title and body at their original spans, nested ones included', async () => {
    const r = await checkText(db, 'ws_a', { title: '全网第一好物', body: '今天史上最低价的福利', sponsored: false }, now);
    const seen = r.findings.map((f) => [f.field, f.excerpt, f.start, f.end, f.category]);
    expect(seen).toEqual(
      expect.arrayContaining([
        ['title', '全网第一', 0, 4, 'superlative'],
        ['title', '第一', 2, 4, 'superlative'],
        ['body', '史上最低价', 2, 7, 'superlative'],
        ['body', '最低', 4, 6, 'superlative'],
        ['body', '最低价', 4, 7, 'superlative'],
      ]),
    );
    expect(r.decision).toBe('block'); // 史上最低价 / 全网第一 are critical
    expect(r.riskScore).toBe(100);
    const f = r.findings.find((x) => x.excerpt === '史上最低价')!;
    expect(f).toMatchObject({ severity: 'critical', suggestion: '限时优惠价', via: 'exact' });
    expect(f.explanation.zh).toContain('史上最低价');
    expect(f.explanation.en.length).toBeGreaterThan(0);
  });

  it('passes clean text and asks for a disclosure on sponsored content (title or body)', async () => {
    expect(await checkText(db, 'ws_a', { title: null, body: '春天的第一杯咖啡'.replace('第一', '头'), sponsored: false }, now)).toEqual({ findings: [], riskScore: 0, decision: 'auto_pass' });
    const missing = await checkText(db, 'ws_a', { title: '新品', body: '很好喝', sponsored: true }, now);
    expect(missing.findings).toMatchObject([{ field: 'body', category: 'disclosure', rule: 'disclosure:missing' }]);
    expect((await checkText(db, 'ws_a', { title: '广告｜新品', body: '很好喝', sponsored: true }, now)).findings).toEqual([]);
    expect((await checkText(db, 'ws_a', { title: '新品', body: '很好喝 #ad', sponsored: true }, now)).findings).toEqual([]);
  });

  it('recompiles the matcher after edits: new terms are found, disabled lexicons are not', async () => {
    const text = { title: null, body: '比竞品星巴克更香', sponsored: false };
    expect((await checkText(db, 'ws_a', text, now)).findings).toEqual([]);
    const competitor = (await listLexicons(db, 'ws_a', now)).find((l) => l.category === 'competitor')!;
    const term = await addTerm(db, 'ws_a', competitor.id, { term: '星巴克', severity: 'medium', suggestion: '其他品牌', variants: true }, now);
    const found = await checkText(db, 'ws_a', text, now);
    expect(found.findings).toMatchObject([{ rule: term.id, category: 'competitor', severity: 'medium', start: 3, end: 6, suggestion: '其他品牌' }]);
    expect(found.decision).toBe('auto_pass'); // one medium finding scores 15, under the review threshold
    await updateLexicon(db, 'ws_a', competitor.id, { enabled: false }, now);
    expect((await checkText(db, 'ws_a', text, now)).findings).toEqual([]);
    // other workspaces are unaffected
    expect((await checkText(db, 'ws_b', { title: null, body: '星巴克', sponsored: false }, now)).findings).toEqual([]);
    const custom = await createLexicon(db, 'ws_b', { name: 'mine', category: 'custom', enabled: true }, now);
    await addTerm(db, 'ws_b', custom.id, { term: '星巴克', severity: 'high', variants: false }, now);
    expect((await checkText(db, 'ws_b', { title: null, body: '星巴克', sponsored: false }, now)).decision).toBe('human_review');
  });

  it('answers the content port shape with both explanations in one string', async () => {
    const r = await checkContentCompliance(db, 'ws_a', { title: '最佳选择', body: '', sponsored: false });
    expect(r.findings[0]).toMatchObject({ field: 'title', excerpt: '最佳', start: 0, end: 2, category: 'superlative' });
    expect(r.findings[0]!.explanation).toMatch(/^“最佳”.+ \/ "最佳".+/);
    expect(r.findings[0]).not.toHaveProperty('via');
    const [count] = await db.query<{ n: number }>("select count(*)::int as n from compliance_checks where workspace_id = 'ws_a'");
    expect(count!.n).toBe(0); // no contentId: nothing recorded
  });

  it('records checks of content items and reports the flagged share by day and week, category and severity', async () => {
    const at = (iso: string) => new Date(iso);
    const clean = { title: '新品', body: '很好喝', sponsored: false };
    const bad = { title: '最佳', body: '很好喝', sponsored: false }; // superlative, high → review
    const worse = { title: '新品', body: '保本稳赚', sponsored: false }; // financial, critical → block
    // Mar 2 local (Shanghai): c1 bad then fixed (last check counts), c2 bad, c3 clean, c4 blocked.
    await checkText(db, 'ws_m', { ...bad, contentId: 'c1' }, at('2026-03-02T01:00:00Z'));
    await checkText(db, 'ws_m', { ...clean, contentId: 'c1' }, at('2026-03-02T03:00:00Z'));
    await checkText(db, 'ws_m', { ...bad, contentId: 'c2' }, at('2026-03-01T17:00:00Z')); // 01:00 on Mar 2 local
    await checkText(db, 'ws_m', { ...clean, contentId: 'c3' }, at('2026-03-02T05:00:00Z'));
    await checkText(db, 'ws_m', { ...worse, contentId: 'c4' }, at('2026-03-02T06:00:00Z'));
    // Mar 9 (the next week): c5 clean
    await checkText(db, 'ws_m', { ...clean, contentId: 'c5' }, at('2026-03-09T06:00:00Z'));
    // another workspace's check is not counted
    await checkText(db, 'ws_other', { ...bad, contentId: 'x' }, at('2026-03-02T06:00:00Z'));

    const daily = await complianceMetrics(db, 'ws_m', { from: '2026-03-01', to: '2026-03-09', interval: 'day' }, tz);
    expect(daily.series.map((p) => p.period)).toHaveLength(9);
    expect(daily.series[0]).toMatchObject({ period: '2026-03-01', checked: 0, rate: null });
    expect(daily.series[1]).toEqual({
      period: '2026-03-02', checked: 4, flagged: 2, rate: 0.5, passed: 2, review: 1, blocked: 1,
      byCategory: { superlative: 1, financial: 1 }, bySeverity: { high: 1, critical: 1 },
    });
    expect(daily.series[8]).toMatchObject({ period: '2026-03-09', checked: 1, flagged: 0, rate: 0, passed: 1 });
    expect(daily.totals).toMatchObject({ checked: 5, flagged: 2, rate: 0.4, passed: 3, review: 1, blocked: 1 });
    expect(daily.target).toEqual({ start: 0.08, goal: 0.005 });

    const weekly = await complianceMetrics(db, 'ws_m', { from: '2026-03-02', to: '2026-03-15', interval: 'week' }, tz);
    expect(weekly.series.map((p) => [p.period, p.checked, p.flagged])).toEqual([['2026-03-02', 4, 2], ['2026-03-09', 1, 0]]);

    await expect(complianceMetrics(db, 'ws_m', { from: '2026-03-09', to: '2026-03-01', interval: 'day' }, tz)).rejects.toMatchObject({ status: 400, fields: [{ path: 'query.to' }] });
    const byDefault = await complianceMetrics(db, 'ws_m', { interval: 'day' }, tz);
    expect([byDefault.from, byDefault.to, byDefault.series.length]).toEqual(['2025-12-21', '2026-03-20', 90]);
  });
});
