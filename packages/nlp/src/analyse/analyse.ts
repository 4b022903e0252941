import type { AnalyseOptions, Finding, Match, PiiFinding, Report, Severity } from '../types.js';
import { detectPii } from '../pii/detect-pii.js';
import { DEFAULT_DISCLOSURE_MARKERS, hasDisclosure } from '../disclosure.js';
import { EXPLANATIONS, PII_LABELS, SUGGESTIONS } from './explanations.js';
import { DEFAULT_THRESHOLDS, SEVERITY_WEIGHTS, decide, riskScore } from './score.js';

type Weighted = Finding & { weight: number };

const VIA_ZH: Record<string, string> = {
  exact: '',
  normalised: '（变形写法）',
  traditional: '（繁体写法）',
  pinyin: '（拼音写法）',
  homophone: '（谐音写法）',
};
const VIA_EN: Record<string, string> = {
  exact: '',
  normalised: ' (disguised spelling)',
  traditional: ' (traditional characters)',
  pinyin: ' (written in pinyin)',
  homophone: ' (homophone)',
};

function fromMatch(text: string, m: Match): Weighted {
  const { category, severity } = m.term;
  const base = EXPLANATIONS[category];
  return {
    rule: m.term.ruleId ?? `${category}:${m.term.term}`,
    category,
    severity,
    start: m.start,
    end: m.end,
    excerpt: text.slice(m.start, m.end),
    via: m.via,
    suggestion: m.term.suggestion ?? SUGGESTIONS[category].zh,
    explanation: {
      zh: `“${m.term.term}”${VIA_ZH[m.via]}：${base.zh}`,
      en: `"${m.term.term}"${VIA_EN[m.via]}: ${base.en}`,
    },
    weight: SEVERITY_WEIGHTS[severity] * (m.via === 'homophone' ? 0.6 : 1),
  };
}

/** ID card numbers are critical, bank cards high when likely (≥ 0.8), others medium; unlikely ones low. */
function piiSeverity(p: PiiFinding): Severity {
  if (p.confidence < 0.5) return 'low';
  if (p.kind === 'id_card') return 'critical';
  if (p.kind === 'bank_card') return p.confidence >= 0.8 ? 'high' : 'medium';
  if (p.kind === 'email') return 'low';
  return 'medium';
}

function fromPii(text: string, p: PiiFinding): Weighted {
  const severity = piiSeverity(p);
  const label = PII_LABELS[p.kind];
  return {
    rule: `pii:${p.kind}`,
    category: 'pii',
    severity,
    start: p.start,
    end: p.end,
    excerpt: text.slice(p.start, p.end),
    via: 'pattern',
    suggestion: SUGGESTIONS.pii.zh,
    explanation: { zh: `${label.zh}：${EXPLANATIONS.pii.zh}`, en: `${label.en}: ${EXPLANATIONS.pii.en}` },
    weight: SEVERITY_WEIGHTS[severity] * p.confidence,
  };
}

function missingDisclosure(): Weighted {
  return {
    rule: 'disclosure:missing',
    category: 'disclosure',
    severity: 'high',
    start: 0,
    end: 0,
    excerpt: '',
    via: 'absent',
    suggestion: SUGGESTIONS.disclosure.zh,
    explanation: EXPLANATIONS.disclosure,
    weight: SEVERITY_WEIGHTS.high,
  };
}

/**
 * Level-1 automatic review: lexicon matches + PII + required disclosure → findings (sorted by span),
 * a 0–100 risk score and a routing decision. Suggestions are in Chinese (the content language);
 * explanations carry both zh and en.
 */
export function analyse(text: string, opts: AnalyseOptions): Report {
  const weighted: Weighted[] = [];
  for (const m of opts.matcher.find(text)) weighted.push(fromMatch(text, m));
  for (const p of detectPii(text)) weighted.push(fromPii(text, p));
  if (opts.sponsored && !hasDisclosure(text, opts.disclosureMarkers ?? DEFAULT_DISCLOSURE_MARKERS)) weighted.push(missingDisclosure());
  weighted.sort((a, b) => a.start - b.start || a.end - b.end);
  const riskScoreValue = riskScore(weighted);
  const findings: Finding[] = weighted.map(({ weight: _weight, ...f }) => f);
  return {
    findings,
    riskScore: findings.some((f) => f.severity === 'critical') ? 100 : riskScoreValue,
    decision: decide(findings, riskScoreValue, opts.thresholds ?? DEFAULT_THRESHOLDS),
  };
}
