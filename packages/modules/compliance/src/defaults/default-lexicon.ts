import type { Severity } from '@resonance/nlp';
import type { LexiconCategory } from '../lexicons/lexicon.types.js';

/** One entry of a built-in list: the term, how serious it is, and what to write instead. */
export interface DefaultTerm {
  term: string;
  severity: Severity;
  suggestion?: string;
  /** Match pinyin / homophone variants too (default true). Off for short Latin or numeric terms. */
  variants?: boolean;
}

/** A built-in lexicon installed into every workspace on first use (then the workspace owns its copy). */
export interface DefaultLexicon {
  key: string;
  name: string;
  category: LexiconCategory;
  terms: DefaultTerm[];
}
