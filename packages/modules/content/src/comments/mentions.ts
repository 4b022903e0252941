/** `@name` mentions of workspace members in a comment body. */
export interface MentionCandidate {
  userId: string;
  name: string;
}

export interface MentionHit {
  userId: string;
  /** UTF-16 offsets of `@name` in the body. */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}_]/u;
const ASCII_WORD = /[A-Za-z0-9_]/;

/**
 * Every `@name` whose name is a member's name (case-insensitive; the longest name wins, so "@Li Na" is
 * Li Na, not Li). The `@` must not follow a letter or digit (e-mail addresses are not mentions), and a
 * name ending in a Latin letter or digit must not run on into more of them ("@Annabel" is not "@Anna");
 * CJK names need no separator ("@张三你看下").
 */
export function findMentions(body: string, members: readonly MentionCandidate[]): MentionHit[] {
  const named = members.filter((m) => m.name.trim()).map((m) => ({ ...m, key: m.name.trim().toLocaleLowerCase() }));
  named.sort((a, b) => b.key.length - a.key.length);
  const lower = body.toLocaleLowerCase();
  const hits: MentionHit[] = [];
  for (let i = body.indexOf('@'); i !== -1; i = body.indexOf('@', i + 1)) {
    if (i > 0 && WORD.test(body[i - 1]!)) continue;
    const m = named.find((c) => {
      if (!lower.startsWith(c.key, i + 1)) return false;
      const next = body[i + 1 + c.key.length];
      return next === undefined || !(ASCII_WORD.test(c.key.at(-1)!) && ASCII_WORD.test(next));
    });
    if (m) hits.push({ userId: m.userId, start: i, end: i + 1 + m.key.length });
  }
  return hits;
}

/** The distinct user ids mentioned, in order of first mention. */
export function mentionedUserIds(body: string, members: readonly MentionCandidate[]): string[] {
  return [...new Set(findMentions(body, members).map((h) => h.userId))];
}
