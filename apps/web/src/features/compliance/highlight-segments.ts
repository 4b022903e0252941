/** What a highlight needs of a finding (the check API's findings and the content port's both fit). */
export interface HighlightFinding {
  start: number;
  end: number;
  category: string;
  severity: string;
  suggestion: string;
  /** Both languages (check API) or one combined string (the content item's stored report). */
  explanation: string | { zh: string; en: string };
  excerpt?: string;
  rule?: string;
  via?: string;
}

export interface Segment<F extends HighlightFinding = HighlightFinding> {
  start: number;
  end: number;
  text: string;
  /** Every finding whose span covers this piece (nested and overlapping ones included), most severe first. */
  findings: F[];
}

const RANK: Record<string, number> = { low: 1, medium: 2, high: 3, critical: 4 };
export const severityRank = (s: string) => RANK[s] ?? 0;

/**
 * Cuts the text at every finding boundary; each piece lists the findings covering it. Spans are
 * clamped to the text; empty spans (a missing disclosure) cover nothing and are left to the caller.
 */
export function highlightSegments<F extends HighlightFinding>(text: string, findings: readonly F[]): Segment<F>[] {
  const spans = findings.filter((f) => f.end > f.start).map((f) => ({ f, start: Math.max(0, Math.min(f.start, text.length)), end: Math.max(0, Math.min(f.end, text.length)) }));
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const out: Segment<F>[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    if (end <= start) continue;
    const covering = spans
      .filter((s) => s.start <= start && s.end >= end)
      .map((s) => s.f)
      .sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
    out.push({ start, end, text: text.slice(start, end), findings: covering });
  }
  return out;
}

/** The explanation in the UI language (falls back to the other one, or the combined string). */
export function explanationIn(e: HighlightFinding['explanation'], language: string): string {
  if (typeof e === 'string') return e;
  return (language.startsWith('zh') ? e.zh || e.en : e.en || e.zh) ?? '';
}
