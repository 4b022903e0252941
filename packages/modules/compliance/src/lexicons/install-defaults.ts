import type { Database } from '@resonance/db';
import { newId } from '@resonance/kernel';
import { DEFAULT_LEXICONS } from '../defaults/index.js';
import { builtinLexiconId, insertLexiconRow } from './lexicons.repository.js';
import { defaultsInstalled, markDefaultsInstalled } from './settings.repository.js';
import { upsertTermRows } from './terms.repository.js';

/** Workspaces known to have their defaults, per database (a process may talk to several in tests). */
const installed = new WeakMap<Database, Set<string>>();

/**
 * Installs the built-in lexicons into a workspace on its first use of compliance, once: later edits
 * and deletions by the workspace stick. Safe to race (unique keys; the flag is set after the terms).
 */
export async function ensureDefaultLexicons(db: Database, workspaceId: string, now: Date): Promise<void> {
  let known = installed.get(db);
  if (!known) installed.set(db, (known = new Set()));
  if (known.has(workspaceId)) return;
  if (!(await defaultsInstalled(db, workspaceId))) {
    for (const d of DEFAULT_LEXICONS) {
      await insertLexiconRow(db, workspaceId, { id: newId('lex', now.getTime()), name: d.name, category: d.category, builtinKey: d.key, enabled: true, at: now });
      const lexiconId = await builtinLexiconId(db, workspaceId, d.key);
      if (!lexiconId) continue; // a lexicon of the same name was there first; it is the workspace's
      const rows = d.terms.map((t) => ({ id: newId('lxt', now.getTime()), t: { term: t.term, severity: t.severity, suggestion: t.suggestion ?? null, variants: t.variants ?? true } }));
      await upsertTermRows(db, workspaceId, lexiconId, rows, now);
    }
    await markDefaultsInstalled(db, workspaceId, now);
  }
  known.add(workspaceId);
}
