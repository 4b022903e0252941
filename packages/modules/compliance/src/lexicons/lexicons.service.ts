import type { z } from 'zod';
import type { Database } from '@resonance/db';
import { conflict, invalidField, newId, notFound } from '@resonance/kernel';
import { ensureDefaultLexicons } from './install-defaults.js';
import type { Lexicon } from './lexicon.types.js';
import { deleteLexiconRow, findLexiconRow, insertLexiconRow, lexiconNameTaken, listLexiconRows, updateLexiconRow } from './lexicons.repository.js';
import { lexiconPatchBody, newLexiconBody, type LexiconPatch, type NewLexicon } from './lexicons.schema.js';
import { parsed } from './parse-input.js';
import { bumpLexiconVersion } from './settings.repository.js';

export async function listLexicons(db: Database, workspaceId: string, now: Date): Promise<Lexicon[]> {
  await ensureDefaultLexicons(db, workspaceId, now);
  return listLexiconRows(db, workspaceId);
}

export async function getLexicon(db: Database, workspaceId: string, lexiconId: string, now: Date): Promise<Lexicon> {
  await ensureDefaultLexicons(db, workspaceId, now);
  const l = await findLexiconRow(db, workspaceId, lexiconId);
  if (!l) throw notFound('lexicon');
  return l;
}

/** Unique name per workspace: a retried create answers 409 instead of making a second lexicon. */
export async function createLexicon(db: Database, workspaceId: string, raw: z.input<typeof newLexiconBody>, now: Date): Promise<Lexicon> {
  const input: NewLexicon = parsed(newLexiconBody, raw);
  await ensureDefaultLexicons(db, workspaceId, now);
  const id = await insertLexiconRow(db, workspaceId, { id: newId('lex', now.getTime()), name: input.name, category: input.category, builtinKey: null, enabled: input.enabled, at: now });
  if (!id) throw conflict(`a lexicon named "${input.name}" already exists`, { field: 'body.name' });
  await bumpLexiconVersion(db, workspaceId);
  return (await findLexiconRow(db, workspaceId, id))!;
}

export async function updateLexicon(db: Database, workspaceId: string, lexiconId: string, raw: LexiconPatch, now: Date): Promise<Lexicon> {
  const patch = parsed(lexiconPatchBody, raw);
  const l = await getLexicon(db, workspaceId, lexiconId, now);
  if (patch.category !== undefined && patch.category !== l.category && l.builtIn) throw invalidField('body.category', 'a built-in lexicon keeps its category');
  const name = patch.name ?? l.name;
  if (name !== l.name && (await lexiconNameTaken(db, workspaceId, name, l.id))) throw conflict(`a lexicon named "${name}" already exists`, { field: 'body.name' });
  await updateLexiconRow(db, workspaceId, l.id, { name, category: patch.category ?? l.category, enabled: patch.enabled ?? l.enabled, at: now });
  await bumpLexiconVersion(db, workspaceId);
  return (await findLexiconRow(db, workspaceId, l.id))!;
}

/** Built-in lexicons can be emptied or switched off, not deleted (they would not come back). */
export async function deleteLexicon(db: Database, workspaceId: string, lexiconId: string, now: Date): Promise<Lexicon> {
  const l = await getLexicon(db, workspaceId, lexiconId, now);
  if (l.builtIn) throw conflict('built-in lexicons cannot be deleted; switch them off instead', { code: 'built_in' });
  await deleteLexiconRow(db, workspaceId, l.id);
  await bumpLexiconVersion(db, workspaceId);
  return l;
}
