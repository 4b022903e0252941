import type { ComplianceCategory, Severity } from '@resonance/nlp';

/** Categories a lexicon may have; `pii` and `disclosure` findings come from the engine itself, not from lexicons. */
export const LEXICON_CATEGORIES = [
  'superlative',
  'medical',
  'financial',
  'spam',
  'gambling',
  'drugs',
  'pornography',
  'violence',
  'politics',
  'competitor',
  'custom',
] as const satisfies readonly ComplianceCategory[];
export type LexiconCategory = (typeof LEXICON_CATEGORIES)[number];

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const satisfies readonly Severity[];

export interface Lexicon {
  id: string;
  name: string;
  category: LexiconCategory;
  builtIn: boolean;
  enabled: boolean;
  termCount: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface Term {
  id: string;
  lexiconId: string;
  term: string;
  severity: Severity;
  suggestion: string | null;
  variants: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** A term as it is imported, exported or created (no ids). */
export interface TermInput {
  term: string;
  severity: Severity;
  suggestion: string | null;
  variants: boolean;
}
