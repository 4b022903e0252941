/** What a variant that follows the master (customised = false) contains: derived, never edited by hand. */
export interface MasterContent {
  title: string | null;
  body: string;
  media: { assetId: string }[];
  topics: string[];
  mentions: string[];
}

export interface VariantContent {
  title: string | null;
  body: string;
  media: { assetId: string }[];
  hashtags: string[];
}

/**
 * The master as a variant: same title and media; topics become the hashtags (each platform renders its
 * own syntax); mentions the body does not already contain are appended as `@handle`, so they are posted.
 */
export function deriveVariant(master: MasterContent): VariantContent {
  const missing = master.mentions.filter((m) => !new RegExp(`@${escapeRegExp(m)}(?![\\p{L}\\p{N}_-])`, 'u').test(master.body));
  const suffix = missing.map((m) => `@${m}`).join(' ');
  const body = suffix === '' ? master.body : master.body.trimEnd() === '' ? suffix : `${master.body.trimEnd()} ${suffix}`;
  return { title: master.title, body, media: master.media.map((m) => ({ assetId: m.assetId })), hashtags: [...master.topics] };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
