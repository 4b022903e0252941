import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_RULES, lastLevel, levelAt, policyRulesSchema, requiredApprovals, routeAfterCompliance, type PolicyRules } from './policy.js';

const twoLevels: PolicyRules = {
  levels: [
    { role: 'reviewer', approvals: 1, slaHours: 24 },
    { role: 'admin', approvals: 1, slaHours: 8 },
  ],
  autoPassBelow: 10,
  highRiskAt: 50,
  highRiskApprovals: 2,
};

describe('review policy', () => {
  it('routes a compliance report: block blocks, low-risk auto_pass skips humans, everything else goes to humans', () => {
    expect(routeAfterCompliance(twoLevels, { decision: 'block', riskScore: 0 })).toBe('block');
    expect(routeAfterCompliance(twoLevels, { decision: 'auto_pass', riskScore: 9 })).toBe('auto_approve');
    expect(routeAfterCompliance(twoLevels, { decision: 'auto_pass', riskScore: 10 })).toBe('human_review');
    expect(routeAfterCompliance(twoLevels, { decision: 'human_review', riskScore: 0 })).toBe('human_review');
    expect(routeAfterCompliance({ ...twoLevels, autoPassBelow: null }, { decision: 'auto_pass', riskScore: 0 })).toBe('human_review');
  });

  it('numbers human levels from 2 and raises approvals for high risk', () => {
    expect(levelAt(twoLevels, 2)?.role).toBe('reviewer');
    expect(levelAt(twoLevels, 3)?.role).toBe('admin');
    expect(levelAt(twoLevels, 4)).toBeNull();
    expect(lastLevel(twoLevels)).toBe(3);
    expect(requiredApprovals(twoLevels, 2, 49)).toBe(1);
    expect(requiredApprovals(twoLevels, 2, 50)).toBe(2);
    expect(requiredApprovals({ ...twoLevels, levels: [{ role: 'reviewer', approvals: 3, slaHours: 24 }] }, 2, 90)).toBe(3);
    expect(() => requiredApprovals(twoLevels, 4, 0)).toThrow(RangeError);
  });

  it('property: a block never auto-approves, and approvals never drop as risk rises', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.constantFrom('auto_pass', 'human_review', 'block' as const), (a, b, decision) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(requiredApprovals(twoLevels, 2, hi)).toBeGreaterThanOrEqual(requiredApprovals(twoLevels, 2, lo));
        if (decision === 'block') expect(routeAfterCompliance(twoLevels, { decision, riskScore: lo })).toBe('block');
      }),
    );
  });

  it('validates rules: 1 to 3 levels, known roles, default SLA 24 h', () => {
    expect(policyRulesSchema.safeParse({ ...twoLevels, levels: [] }).success).toBe(false);
    expect(policyRulesSchema.safeParse({ ...twoLevels, levels: Array(4).fill(twoLevels.levels[0]) }).success).toBe(false);
    expect(policyRulesSchema.safeParse({ ...twoLevels, levels: [{ role: 'boss', approvals: 1 }] }).success).toBe(false);
    expect(policyRulesSchema.parse({ ...twoLevels, levels: [{ role: 'admin', approvals: 1 }] }).levels[0]!.slaHours).toBe(24);
    expect(policyRulesSchema.parse(DEFAULT_POLICY_RULES)).toEqual(DEFAULT_POLICY_RULES);
  });
});
