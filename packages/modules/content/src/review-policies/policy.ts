/**
 * Review policies (pure): which human levels an item passes after the automatic compliance level, how
 * many approvals each needs at a given risk, and where a compliance report routes the item.
 */
import { ROLES } from '@resonance/kernel';
import { z } from 'zod';
import type { ComplianceDecision } from '../ports.js';

/** Level 1 is the automatic compliance check; human levels are numbered from 2. */
export const FIRST_HUMAN_LEVEL = 2;
export const DEFAULT_SLA_HOURS = 24;

export const reviewLevelSchema = z.object({
  /** The workspace role whose members review at this level (they also need `content.review`). */
  role: z.enum(ROLES),
  approvals: z.number().int().min(1).max(5),
  slaHours: z.number().int().min(1).max(24 * 14).default(DEFAULT_SLA_HOURS),
});
export type ReviewLevel = z.output<typeof reviewLevelSchema>;

export const policyRulesSchema = z.object({
  levels: z.array(reviewLevelSchema).min(1).max(3),
  /** An `auto_pass` report under this risk score skips the human levels; null: always human review. */
  autoPassBelow: z.number().int().min(0).max(100).nullable(),
  /** From this risk score on, every level needs at least `highRiskApprovals`. */
  highRiskAt: z.number().int().min(0).max(100),
  highRiskApprovals: z.number().int().min(1).max(5),
});
export type PolicyRules = z.output<typeof policyRulesSchema>;

/** Used when neither the brand nor the workspace has a policy. */
export const DEFAULT_POLICY_RULES: PolicyRules = {
  levels: [{ role: 'reviewer', approvals: 1, slaHours: DEFAULT_SLA_HOURS }],
  autoPassBelow: 20,
  highRiskAt: 60,
  highRiskApprovals: 2,
};

export type ComplianceRoute = 'block' | 'auto_approve' | 'human_review';

/** Where the automatic level sends an item: a block always blocks; auto_pass skips humans only if the policy allows it. */
export function routeAfterCompliance(rules: PolicyRules, report: { decision: ComplianceDecision; riskScore: number }): ComplianceRoute {
  if (report.decision === 'block') return 'block';
  if (report.decision === 'auto_pass' && rules.autoPassBelow !== null && report.riskScore < rules.autoPassBelow) return 'auto_approve';
  return 'human_review';
}

/** The human level (2, 3, 4 …) as stored on reviews. */
export function levelAt(rules: PolicyRules, level: number): ReviewLevel | null {
  return rules.levels[level - FIRST_HUMAN_LEVEL] ?? null;
}

export const lastLevel = (rules: PolicyRules) => FIRST_HUMAN_LEVEL + rules.levels.length - 1;

/** Approvals a level needs for an item of this risk. */
export function requiredApprovals(rules: PolicyRules, level: number, riskScore: number): number {
  const l = levelAt(rules, level);
  if (!l) throw new RangeError(`policy has no level ${level}`);
  return riskScore >= rules.highRiskAt ? Math.max(l.approvals, rules.highRiskApprovals) : l.approvals;
}
