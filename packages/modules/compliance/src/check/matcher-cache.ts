import type { Database } from '@resonance/db';
import { buildMatcher, type LexiconTerm, type Matcher } from '@resonance/nlp';
import { ensureDefaultLexicons } from '../lexicons/install-defaults.js';
import { lexiconVersion } from '../lexicons/settings.repository.js';
import { activeTermRows } from '../lexicons/terms.repository.js';

interface Compiled {
  version: number;
  matcher: Matcher;
}

/** Per database, per workspace: the matcher compiled from the enabled lexicons at one lexicon version. */
const cache = new WeakMap<Database, Map<string, Compiled>>();

export async function compileWorkspaceMatcher(db: Database, workspaceId: string): Promise<Matcher> {
  const terms: LexiconTerm[] = (await activeTermRows(db, workspaceId)).map((r) => ({
    term: r.term,
    category: r.category,
    severity: r.severity,
    suggestion: r.suggestion ?? undefined,
    ruleId: r.id,
    variants: r.variants,
  }));
  return buildMatcher(terms);
}

/**
 * The workspace's matcher, rebuilt when its lexicon version (a counter in the database bumped by every
 * edit) differs from the compiled one, so every process sees changes made by any other on its next check.
 */
export async function workspaceMatcher(db: Database, workspaceId: string, now: Date): Promise<Matcher> {
  await ensureDefaultLexicons(db, workspaceId, now);
  let perDb = cache.get(db);
  if (!perDb) cache.set(db, (perDb = new Map()));
  const version = await lexiconVersion(db, workspaceId);
  const hit = perDb.get(workspaceId);
  if (hit && hit.version === version) return hit.matcher;
  const matcher = await compileWorkspaceMatcher(db, workspaceId);
  perDb.set(workspaceId, { version, matcher });
  return matcher;
}
