export type {
  Severity,
  ComplianceCategory,
  LexiconTerm,
  MatchVia,
  Match,
  Matcher,
  PiiKind,
  PiiFinding,
  Finding,
  AnalyseOptions,
  Report,
} from './types.js';
export { buildMatcher } from './matcher/build-matcher.js';
export { normalise } from './normalise/fold-table.js';
export { detectPii } from './pii/detect-pii.js';
export { idCardChecksumValid, luhnValid } from './pii/checksums.js';
export { DEFAULT_DISCLOSURE_MARKERS, hasDisclosure } from './disclosure.js';
export { analyse } from './analyse/analyse.js';
export { EXPLANATIONS, SUGGESTIONS } from './analyse/explanations.js';
export { SEVERITY_WEIGHTS, DEFAULT_THRESHOLDS } from './analyse/score.js';
