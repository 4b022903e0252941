import type { z } from 'zod';
import type { Database } from '@resonance/db';
import { conflict, newId, notFound } from '@resonance/kernel';
import type { Term } from './lexicon.types.js';
import { getLexicon } from './lexicons.service.js';
import { newTermBody, termPatchBody, type TermPatch } from './lexicons.schema.js';
import { parsed } from './parse-input.js';
import { bumpLexiconVersion } from './settings.repository.js';
import { deleteTermRow, findTermRow, insertTermRow, listTermRows, termTaken, updateTermRow } from './terms.repository.js';

export async function listTerms(db: Database, workspaceId: string, lexiconId: string, f: { search?: string; limit: number; offset: number }, now: Date) {
  const l = await getLexicon(db, workspaceId, lexiconId, now);
  return listTermRows(db, workspaceId, l.id, f);
}

const taken = (term: string) => conflict(`"${term}" is already in this lexicon`, { field: 'body.term' });

/** Unique per lexicon: a retried create answers 409. */
export async function addTerm(db: Database, workspaceId: string, lexiconId: string, raw: z.input<typeof newTermBody>, now: Date): Promise<Term> {
  const input = parsed(newTermBody, raw);
  const l = await getLexicon(db, workspaceId, lexiconId, now);
  const t = await insertTermRow(db, workspaceId, l.id, newId('lxt', now.getTime()), { term: input.term, severity: input.severity, suggestion: input.suggestion || null, variants: input.variants }, now);
  if (!t) throw taken(input.term);
  await bumpLexiconVersion(db, workspaceId);
  return t;
}

export async function getTerm(db: Database, workspaceId: string, lexiconId: string, termId: string, now: Date): Promise<Term> {
  const l = await getLexicon(db, workspaceId, lexiconId, now);
  const t = await findTermRow(db, workspaceId, l.id, termId);
  if (!t) throw notFound('term');
  return t;
}

export async function updateTerm(db: Database, workspaceId: string, lexiconId: string, termId: string, raw: TermPatch, now: Date): Promise<Term> {
  const patch = parsed(termPatchBody, raw);
  const t = await getTerm(db, workspaceId, lexiconId, termId, now);
  const next = {
    term: patch.term ?? t.term,
    severity: patch.severity ?? t.severity,
    suggestion: patch.suggestion === undefined ? t.suggestion : patch.suggestion || null,
    variants: patch.variants ?? t.variants,
  };
  if (next.term !== t.term && (await termTaken(db, workspaceId, t.lexiconId, next.term, t.id))) throw taken(next.term);
  const updated = await updateTermRow(db, workspaceId, t.id, next, now);
  await bumpLexiconVersion(db, workspaceId);
  return updated!;
}

export async function removeTerm(db: Database, workspaceId: string, lexiconId: string, termId: string, now: Date): Promise<Term> {
  const t = await getTerm(db, workspaceId, lexiconId, termId, now);
  await deleteTermRow(db, workspaceId, lexiconId, t.id);
  await bumpLexiconVersion(db, workspaceId);
  return t;
}
