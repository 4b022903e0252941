import { describe, expect, it } from 'vitest';
import { METRICS } from './metrics.catalog.js';

const byId = new Map(METRICS.map((m) => [m.id, m]));

describe('metric catalog', () => {
  it('has unique ids, both languages and a formula text for every metric', () => {
    expect(byId.size).toBe(METRICS.length);
    for (const m of METRICS) {
      expect(m.id).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(m.name['zh-CN'].length).toBeGreaterThan(0);
      expect(m.name.en.length).toBeGreaterThan(0);
      expect(m.formulaText.length).toBeGreaterThan(0);
      expect(m.sources.length).toBeGreaterThan(0);
    }
  });

  it('ratios and ROI refer to metrics that exist and are not themselves ratios', () => {
    for (const m of METRICS) {
      const refs = m.formula.type === 'ratio' ? [m.formula.numerator, m.formula.denominator] : m.formula.type === 'roi' ? [m.formula.revenue, m.formula.cost] : [];
      for (const r of refs) {
        expect(byId.has(r), `${m.id} → ${r}`).toBe(true);
        expect(byId.get(r)!.formula.type).not.toBe('ratio');
      }
    }
  });

  it('covers every metric the issue asks for', () => {
    const required = [
      'followers', 'net_follows', 'reach', 'impressions', 'engagements', 'likes', 'comments', 'shares', 'saves',
      'engagement_rate_by_reach', 'engagement_rate_by_followers', 'video_completion_rate', 'ctr', 'profile_visits',
      'mentions', 'share_of_voice', 'ugc_count', 'ugc_rate', 'conversion_rate', 'orders', 'gmv', 'aov', 'repurchase_rate',
      'repurchase_cycle', 'retention_d1', 'retention_d7', 'retention_d30', 'dau', 'wau', 'mau', 'ltv', 'nps',
      'cost_per_engagement', 'cost_per_acquisition', 'roi', 'interaction_value',
    ];
    expect(required.filter((id) => !byId.has(id))).toEqual([]);
  });
});
