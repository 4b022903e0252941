import type { Database } from '@resonance/db';
import { analyse, DEFAULT_DISCLOSURE_MARKERS, hasDisclosure, type Report } from '@resonance/nlp';
import type { CheckedField, CheckInput, ComplianceDecision, ComplianceReport, FieldFinding } from './check.types.js';
import { insertCheckRow } from './checks.repository.js';
import { workspaceMatcher } from './matcher-cache.js';

const ORDER: readonly ComplianceDecision[] = ['auto_pass', 'human_review', 'block'];
const worst = (a: ComplianceDecision, b: ComplianceDecision) => (ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b);

const inField = (field: CheckedField, r: Report): FieldFinding[] =>
  r.findings.map((f) => ({
    rule: f.rule,
    category: f.category,
    severity: f.severity,
    field,
    start: f.start,
    end: f.end,
    excerpt: f.excerpt,
    via: f.via,
    suggestion: f.suggestion,
    explanation: f.explanation,
  }));

/**
 * Checks a title and a body against the workspace's enabled lexicons (plus PII and, for sponsored
 * content, the disclosure rule). Each field is analysed on its own so spans point into that field; a
 * disclosure in either field satisfies the rule (reported on the body when missing from both). The
 * report's score is the higher of the two and its decision the stricter one.
 */
export async function checkText(db: Database, workspaceId: string, input: CheckInput, now: Date): Promise<ComplianceReport> {
  const matcher = await workspaceMatcher(db, workspaceId, now);
  const title = input.title ?? '';
  const disclosedInTitle = input.sponsored && title !== '' && hasDisclosure(title, DEFAULT_DISCLOSURE_MARKERS);
  const body = analyse(input.body, { matcher, sponsored: input.sponsored && !disclosedInTitle, disclosureMarkers: DEFAULT_DISCLOSURE_MARKERS });
  const head = title ? analyse(title, { matcher, sponsored: false, disclosureMarkers: DEFAULT_DISCLOSURE_MARKERS }) : null;
  const report: ComplianceReport = {
    findings: [...(head ? inField('title', head) : []), ...inField('body', body)],
    riskScore: Math.max(body.riskScore, head?.riskScore ?? 0),
    decision: worst(body.decision, head?.decision ?? 'auto_pass'),
  };
  if (input.contentId) await insertCheckRow(db, workspaceId, input.contentId, report, now);
  return report;
}
