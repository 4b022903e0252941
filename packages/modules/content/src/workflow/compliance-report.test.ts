import { describe, expect, it } from 'vitest';
import type { ComplianceFindingView } from '../ports.js';
import { blockReasons, combineReports } from './compliance-report.js';

const finding = (excerpt: string, over: Partial<ComplianceFindingView> = {}): ComplianceFindingView => ({
  rule: 'ad_law.superlative', category: 'superlative', severity: 'high', field: 'body', start: 0, end: excerpt.length, excerpt,
  suggestion: '删除或改为客观描述', explanation: '广告法第九条禁止使用最高级用语', ...over,
});

describe('combined compliance report', () => {
  it('keeps every finding with its variant, the highest risk and the strictest decision', () => {
    const r = combineReports(
      [
        { variantId: null, report: { findings: [finding('全网第一')], riskScore: 70, decision: 'block' } },
        { variantId: 'var_1', report: { findings: [finding('最好', { field: 'title' })], riskScore: 40, decision: 'human_review' } },
        { variantId: 'var_2', report: { findings: [], riskScore: 0, decision: 'auto_pass' } },
      ],
      new Date('2026-11-24T00:00:00Z'),
    );
    expect(r.decision).toBe('block');
    expect(r.riskScore).toBe(70);
    expect(r.findings.map((f) => [f.variantId, f.excerpt, f.field])).toEqual([[null, '全网第一', 'body'], ['var_1', '最好', 'title']]);
    expect(r.checkedAt).toBe('2026-11-24T00:00:00.000Z');
    expect(combineReports([{ variantId: null, report: { findings: [], riskScore: 5, decision: 'auto_pass' } }], new Date()).decision).toBe('auto_pass');
  });

  it('turns findings into deduplicated reasons naming the text', () => {
    const r = combineReports([{ variantId: null, report: { findings: [finding('全网第一'), finding('全网第一', { start: 9, end: 13 })], riskScore: 90, decision: 'block' } }], new Date());
    expect(blockReasons(r)).toEqual(['「全网第一」广告法第九条禁止使用最高级用语 → 删除或改为客观描述']);
  });
});
