/** Display helpers for asset metadata. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 * 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${(n / 1024 / 1024 / 1024).toFixed(2)} GB`;
}

export function formatDuration(ms: number | null): string {
  if (ms === null) return '—';
  const s = Math.round(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

export const formatDimensions = (w: number | null, h: number | null) => (w && h ? `${w} × ${h}` : '—');

/** Matches the server's documented limits (packages/modules/assets UPLOAD_LIMITS). */
export const UPLOAD_LIMIT_LABELS = { image: '20 MB', video: '100 MB' };

/** What a tag editor's new value means for the PATCH body. */
export function tagDiff(before: readonly string[], after: readonly string[]): { addTags: string[]; removeTags: string[] } {
  return { addTags: after.filter((x) => !before.includes(x)), removeTags: before.filter((x) => !after.includes(x)) };
}
