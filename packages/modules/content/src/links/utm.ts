/** UTM parameters and where they go. */
export const UTM_KEYS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_content', 'utm_term'] as const;
export type UtmKey = (typeof UTM_KEYS)[number];
export type Utm = Partial<Record<UtmKey, string>>;

/**
 * Defaults: source = the account's platform (a sandbox account's simulated platform), medium = social,
 * campaign = the item's campaign tag (else its id), content = the item id. Given values win; empty ones are dropped.
 */
export function defaultUtm(input: { platform: string | null; campaign: string | null; contentId: string }, given: Utm): Record<string, string> {
  const base: Utm = {
    utm_source: input.platform ?? 'resonance',
    utm_medium: 'social',
    utm_campaign: input.campaign ?? input.contentId,
    utm_content: input.contentId,
  };
  const out: Record<string, string> = {};
  for (const k of UTM_KEYS) {
    const v = (given[k] ?? base[k])?.trim();
    if (v) out[k] = v;
  }
  return out;
}

/** The target URL with the UTM parameters set (replacing any it already had under those names). */
export function withUtm(target: string, utm: Record<string, string>): string {
  const u = new URL(target);
  for (const [k, v] of Object.entries(utm)) u.searchParams.set(k, v);
  return u.toString();
}
