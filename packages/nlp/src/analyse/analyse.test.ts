import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.js';
import { buildMatcher } from '../matcher/build-matcher.js';
import { riskScore } from './score.js';

const matcher = buildMatcher([
  { term: '最高级', category: 'superlative', severity: 'high', ruleId: 'sup-1', suggestion: '高品质' },
  { term: '最低', category: 'superlative', severity: 'high', ruleId: 'sup-2' },
  { term: '史上最低价', category: 'superlative', severity: 'high', ruleId: 'sup-3' },
  { term: '根治', category: 'medical', severity: 'high' },
  { term: '保本', category: 'financial', severity: 'high' },
  { term: '赌场', category: 'gambling', severity: 'critical' },
  { term: '耐克', category: 'competitor', severity: 'low' },
]);

describe('analyse', () => {
  it('passes clean text', () => {
    expect(analyse('今天分享一款好用的面霜', { matcher })).toEqual({ findings: [], riskScore: 0, decision: 'auto_pass' });
  });

  it('reports a superlative with span, suggestion and the Advertising Law citation', () => {
    const r = analyse('这是最高級的面霜', { matcher });
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0]!;
    expect(f).toMatchObject({ rule: 'sup-1', category: 'superlative', severity: 'high', start: 2, end: 5, excerpt: '最高級', via: 'traditional', suggestion: '高品质' });
    expect(f.explanation.zh).toContain('《广告法》第九条第三项');
    expect(f.explanation.en).toContain('art. 9(3)');
    expect(r.riskScore).toBe(40);
    expect(r.decision).toBe('human_review');
  });

  it('reports nested matches and counts each rule once', () => {
    const r = analyse('史上最低价的，史上最低价', { matcher });
    expect(r.findings.map((f) => [f.rule, f.start, f.end])).toEqual([
      ['sup-3', 0, 5],
      ['sup-2', 2, 4],
      ['sup-3', 7, 12],
      ['sup-2', 9, 11],
    ]);
    expect(r.riskScore).toBe(64); // two distinct high rules: 1 − 0.6²
  });

  it('blocks on a critical finding and above the block threshold', () => {
    expect(analyse('去赌场', { matcher })).toMatchObject({ riskScore: 100, decision: 'block' });
    expect(analyse('最高级 最低 根治 保本', { matcher }).decision).toBe('block'); // 1 − 0.6⁴ = 87
    expect(analyse('最高级', { matcher, thresholds: { review: 50, block: 90 } }).decision).toBe('auto_pass');
  });

  it('low findings pass, PII is included with its kind', () => {
    expect(analyse('比耐克好', { matcher })).toMatchObject({ riskScore: 5, decision: 'auto_pass' });
    const r = analyse('联系13812345678', { matcher });
    expect(r.findings).toMatchObject([{ rule: 'pii:mobile', category: 'pii', severity: 'medium', excerpt: '13812345678' }]);
    expect(r.findings[0]!.explanation.zh).toContain('手机号');
    expect(analyse('身份证11010519491231002X', { matcher }).decision).toBe('block');
  });

  it('requires a disclosure on sponsored content', () => {
    const missing = analyse('这款面霜很好用', { matcher, sponsored: true });
    expect(missing.findings).toMatchObject([{ rule: 'disclosure:missing', category: 'disclosure', severity: 'high', start: 0, end: 0 }]);
    expect(missing.decision).toBe('human_review');
    expect(analyse('这款面霜很好用 #广告', { matcher, sponsored: true }).findings).toEqual([]);
    expect(analyse('这款面霜很好用', { matcher, sponsored: false }).findings).toEqual([]);
    expect(analyse('含 #pr', { matcher, sponsored: true, disclosureMarkers: ['#pr'] }).findings).toEqual([]);
  });

  it('risk score is bounded and monotone', () => {
    const f = (rule: string, weight: number) => ({ rule, weight }) as Parameters<typeof riskScore>[0][number];
    expect(riskScore([])).toBe(0);
    expect(riskScore([f('a', 100), f('b', 40)])).toBe(100);
    expect(riskScore([f('a', 15), f('b', 15)])).toBeGreaterThan(riskScore([f('a', 15)]));
  });
});
