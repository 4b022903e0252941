import type { ComplianceDecision, ComplianceReportView } from '../ports.js';
import type { StoredComplianceReport } from './workflow.types.js';

const WEIGHT: Record<ComplianceDecision, number> = { auto_pass: 0, human_review: 1, block: 2 };

/** One report over the master and each customised variant: every finding, the highest risk, the strictest decision. */
export function combineReports(parts: { variantId: string | null; report: ComplianceReportView }[], at: Date): StoredComplianceReport {
  let decision: ComplianceDecision = 'auto_pass';
  let riskScore = 0;
  for (const { report } of parts) {
    if (WEIGHT[report.decision] > WEIGHT[decision]) decision = report.decision;
    riskScore = Math.max(riskScore, report.riskScore);
  }
  return {
    findings: parts.flatMap(({ variantId, report }) => report.findings.map((f) => ({ ...f, variantId }))),
    riskScore,
    decision,
    checkedAt: at.toISOString(),
  };
}

/** Rejection reasons a compliance block gives the author, one per finding (deduplicated). */
export function blockReasons(report: StoredComplianceReport): string[] {
  const reasons = report.findings
    .filter((f) => f.severity !== 'info')
    .map((f) => `「${f.excerpt}」${f.explanation || f.category}${f.suggestion ? ` → ${f.suggestion}` : ''}`);
  return [...new Set(reasons)].slice(0, 50);
}
