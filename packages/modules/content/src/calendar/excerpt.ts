export const EXCERPT_CHARS = 60;

/** The title, or the first line of the body; at most 60 characters (code points, so emoji stay whole). */
export function titleExcerpt(title: string | null, body: string): string {
  const source = title?.trim() || body.trim().split('\n')[0]!.trim();
  const chars = Array.from(source);
  return chars.length > EXCERPT_CHARS ? `${chars.slice(0, EXCERPT_CHARS - 1).join('')}…` : source;
}
