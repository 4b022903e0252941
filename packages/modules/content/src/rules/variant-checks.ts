import { checkContentRules, type MediaFacts, type RuleFinding } from '@resonance/connector-sdk';
import type { AssetInfoView } from '../ports.js';
import type { AppliedRules } from './platform-rules.js';

export interface CheckFinding {
  code: string;
  /** text | title | media | hashtags */
  field: string;
  severity: 'error' | 'warning';
  message: { zh: string; en: string };
  /** Which rule set raised it. */
  source: string;
}

export interface CheckableContent {
  title: string | null;
  body: string;
  media: { assetId: string }[];
  hashtags: string[];
}

/** The variant's media as the rule checker sees them; assets the library does not know are skipped (the save already refuses them). */
export function mediaFacts(media: readonly { assetId: string }[], assets: ReadonlyMap<string, AssetInfoView>): MediaFacts[] {
  return media.flatMap((m) => {
    const a = assets.get(m.assetId);
    if (!a) return [];
    return [{ kind: a.kind, mimeType: a.mimeType, url: a.url, sizeBytes: a.bytes, width: a.width, height: a.height, durationMs: a.durationMs }];
  });
}

/** Findings of every applicable rule set, errors first; the same (code, field) from two rule sets is reported once. */
export function checkContent(content: CheckableContent, applied: readonly AppliedRules[], assets: ReadonlyMap<string, AssetInfoView>): CheckFinding[] {
  const draft = { title: content.title ?? undefined, text: content.body, hashtags: content.hashtags, media: mediaFacts(content.media, assets) };
  const seen = new Set<string>();
  const out: CheckFinding[] = [];
  for (const a of applied) {
    for (const f of checkContentRules(a.rules, draft) as RuleFinding[]) {
      const key = `${f.code}:${f.field}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ code: f.code, field: f.field, severity: f.severity, message: { zh: f.messageZh, en: f.message }, source: a.source });
    }
  }
  return out.sort((x, y) => (x.severity === y.severity ? 0 : x.severity === 'error' ? -1 : 1));
}
