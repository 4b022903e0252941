export const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Normalises "9:30" to "09:30"; null when it is not a time. */
export function parseTime(v: string): string | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(v.trim());
  if (!m) return null;
  const time = `${m[1]!.padStart(2, '0')}:${m[2]}`;
  return TIME_RE.test(time) ? time : null;
}
