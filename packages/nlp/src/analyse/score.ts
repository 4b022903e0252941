import type { Finding, Report, Severity } from '../types.js';

/**
 * Severity weights (points out of 100). Findings combine like independent risks:
 * score = 100 × (1 − Π (1 − wᵢ/100)), so one low finding (5) passes, one high finding (40) goes to
 * review, four distinct high findings (87) block, and the score never exceeds 100. Each distinct rule
 * counts once (repeating a word does not make it riskier); a homophone hit counts at 0.6× (more
 * false positives), a PII finding at its detection confidence. Any critical finding blocks.
 */
export const SEVERITY_WEIGHTS: Record<Severity, number> = { low: 5, medium: 15, high: 40, critical: 100 };
export const DEFAULT_THRESHOLDS = { review: 20, block: 80 } as const;

export function riskScore(findings: Array<Finding & { weight: number }>): number {
  const best = new Map<string, number>();
  for (const f of findings) best.set(f.rule, Math.max(best.get(f.rule) ?? 0, f.weight));
  let keep = 1;
  for (const w of best.values()) keep *= 1 - Math.min(100, w) / 100;
  return Math.round((1 - keep) * 100);
}

export function decide(findings: Finding[], score: number, thresholds: { review: number; block: number }): Report['decision'] {
  if (findings.some((f) => f.severity === 'critical') || score >= thresholds.block) return 'block';
  if (score >= thresholds.review) return 'human_review';
  return 'auto_pass';
}
