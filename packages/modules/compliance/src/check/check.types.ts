import type { ComplianceCategory, Severity } from '@resonance/nlp';

export type ComplianceDecision = 'auto_pass' | 'human_review' | 'block';
export type CheckedField = 'title' | 'body';

/** One finding in a title or body, with both languages of its explanation. */
export interface FieldFinding {
  rule: string;
  category: ComplianceCategory;
  severity: Severity;
  field: CheckedField;
  /** UTF-16 offsets into the original text of that field. */
  start: number;
  end: number;
  excerpt: string;
  /** How it matched: exact, normalised, traditional, pinyin, homophone (or the PII / disclosure rule). */
  via: string;
  suggestion: string;
  explanation: { zh: string; en: string };
}

export interface ComplianceReport {
  findings: FieldFinding[];
  /** 0–100. */
  riskScore: number;
  decision: ComplianceDecision;
}

export interface CheckInput {
  title: string | null;
  body: string;
  sponsored: boolean;
  /** When set, the check is recorded for compliance metrics. */
  contentId?: string;
}
