/** Public types of the compliance engine (`@resonance/nlp`). */

export type Severity = 'low' | 'medium' | 'high' | 'critical';

export type ComplianceCategory =
  | 'politics'
  | 'pornography'
  | 'gambling'
  | 'drugs'
  | 'violence'
  | 'spam'
  | 'superlative'
  | 'medical'
  | 'financial'
  | 'competitor'
  | 'custom'
  | 'pii'
  | 'disclosure';

export interface LexiconTerm {
  term: string;
  category: ComplianceCategory;
  severity: Severity;
  suggestion?: string;
  /** stable id of the rule, e.g. the lexicon term id */
  ruleId?: string;
  /** also match pinyin and homophone variants (default true for CJK terms) */
  variants?: boolean;
}

export type MatchVia = 'exact' | 'normalised' | 'traditional' | 'pinyin' | 'homophone';

export interface Match {
  term: LexiconTerm;
  /** UTF-16 offsets in the ORIGINAL text */
  start: number;
  end: number;
  via: MatchVia;
}

export interface Matcher {
  find(text: string): Match[];
  readonly size: number;
}

export type PiiKind = 'mobile' | 'id_card' | 'bank_card' | 'email' | 'wechat_id' | 'address';

export interface PiiFinding {
  kind: PiiKind;
  start: number;
  end: number;
  confidence: number;
}

export interface Finding {
  rule: string;
  category: ComplianceCategory;
  severity: Severity;
  start: number;
  end: number;
  excerpt: string;
  via: string;
  suggestion: string;
  explanation: { zh: string; en: string };
}

export interface AnalyseOptions {
  matcher: Matcher;
  sponsored?: boolean;
  disclosureMarkers?: string[];
  thresholds?: { review: number; block: number };
}

export interface Report {
  findings: Finding[];
  /** 0-100 */
  riskScore: number;
  decision: 'auto_pass' | 'human_review' | 'block';
}
