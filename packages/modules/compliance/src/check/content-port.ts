import type { Database } from '@resonance/db';
import type { CheckInput, ComplianceDecision, ComplianceReport } from './check.types.js';
import { checkText } from './check.service.js';

/** The shape of the content module's `CheckCompliance` port (packages/modules/content/src/ports.ts). */
export interface ContentComplianceReport {
  findings: {
    rule: string;
    category: string;
    severity: string;
    field: 'title' | 'body';
    start: number;
    end: number;
    excerpt: string;
    suggestion: string;
    /** The zh explanation, then ' / ', then the en one (the port has one string; see the README). */
    explanation: string;
  }[];
  riskScore: number;
  decision: ComplianceDecision;
}

export const explanationText = (e: { zh: string; en: string }) => (e.zh && e.en ? `${e.zh} / ${e.en}` : e.zh || e.en);

export function toContentReport(r: ComplianceReport): ContentComplianceReport {
  return {
    findings: r.findings.map(({ via: _via, explanation, ...f }) => ({ ...f, explanation: explanationText(explanation) })),
    riskScore: r.riskScore,
    decision: r.decision,
  };
}

/**
 * The content module's compliance port: title and body checked separately (findings carry `field`);
 * with `contentId` the check is recorded for the compliance metrics.
 */
export async function checkContentCompliance(db: Database, workspaceId: string, input: CheckInput): Promise<ContentComplianceReport> {
  return toContentReport(await checkText(db, workspaceId, input, new Date()));
}
