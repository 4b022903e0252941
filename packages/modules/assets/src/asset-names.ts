/** Display names and tags as users type them, made tidy. */
export const MAX_TAGS = 30;

export function cleanName(raw: string | undefined | null, fallback: string): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? '';
  const name = base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200);
  return name || fallback;
}

export function cleanTags(raw: readonly string[]): string[] {
  const out = new Set<string>();
  for (const t of raw) {
    const tag = t.replace(/\s+/g, ' ').trim().replace(/^#+/, '').slice(0, 40);
    if (tag) out.add(tag);
  }
  return [...out].slice(0, MAX_TAGS);
}

/** Tags from a form field: comma- (or ，-) separated. */
export const splitTags = (s: string | undefined | null) => cleanTags((s ?? '').split(/[,，]/));
