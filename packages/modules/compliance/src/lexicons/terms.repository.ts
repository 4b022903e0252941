import type { Database } from '@resonance/db';
import type { Severity } from '@resonance/nlp';
import type { LexiconCategory, Term, TermInput } from './lexicon.types.js';

interface TermRow {
  id: string;
  lexicon_id: string;
  term: string;
  severity: Severity;
  suggestion: string | null;
  variants: boolean;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = 'id, lexicon_id, term, severity, suggestion, variants, created_at, updated_at';

const toTerm = (r: TermRow): Term => ({
  id: r.id,
  lexiconId: r.lexicon_id,
  term: r.term,
  severity: r.severity,
  suggestion: r.suggestion,
  variants: r.variants,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** `search` matches the term or the suggestion (substring, case-insensitive). */
export async function listTermRows(
  db: Database,
  workspaceId: string,
  lexiconId: string,
  f: { search?: string; limit: number; offset: number },
): Promise<{ items: Term[]; total: number }> {
  const pattern = f.search ? `%${f.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const where = `workspace_id = $1 and lexicon_id = $2 and ($3::text is null or term ilike $3 or suggestion ilike $3)`;
  const [rows, [count]] = await Promise.all([
    db.query<TermRow>(`select ${COLUMNS} from compliance_lexicon_terms where ${where} order by term, id limit $4 offset $5`, [
      workspaceId, lexiconId, pattern, f.limit, f.offset,
    ]),
    db.query<{ n: string | number }>(`select count(*) as n from compliance_lexicon_terms where ${where}`, [workspaceId, lexiconId, pattern]),
  ]);
  return { items: rows.map(toTerm), total: Number(count?.n ?? 0) };
}

export async function allTermRows(db: Database, workspaceId: string, lexiconId: string): Promise<Term[]> {
  const rows = await db.query<TermRow>(`select ${COLUMNS} from compliance_lexicon_terms where workspace_id = $1 and lexicon_id = $2 order by term, id`, [workspaceId, lexiconId]);
  return rows.map(toTerm);
}

export async function findTermRow(db: Database, workspaceId: string, lexiconId: string, termId: string): Promise<Term | null> {
  const [r] = await db.query<TermRow>(`select ${COLUMNS} from compliance_lexicon_terms where workspace_id = $1 and lexicon_id = $2 and id = $3`, [
    workspaceId, lexiconId, termId,
  ]);
  return r ? toTerm(r) : null;
}

export async function termTaken(db: Database, workspaceId: string, lexiconId: string, term: string, exceptId: string | null): Promise<boolean> {
  const [r] = await db.query('select 1 from compliance_lexicon_terms where workspace_id = $1 and lexicon_id = $2 and term = $3 and id is distinct from $4', [
    workspaceId, lexiconId, term, exceptId,
  ]);
  return Boolean(r);
}

/** Null when the term already exists in the lexicon. */
export async function insertTermRow(db: Database, workspaceId: string, lexiconId: string, id: string, t: TermInput, at: Date): Promise<Term | null> {
  const [r] = await db.query<TermRow>(
    `insert into compliance_lexicon_terms (id, workspace_id, lexicon_id, term, severity, suggestion, variants, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $8) on conflict (lexicon_id, term) do nothing returning ${COLUMNS}`,
    [id, workspaceId, lexiconId, t.term, t.severity, t.suggestion, t.variants, at],
  );
  return r ? toTerm(r) : null;
}

export async function updateTermRow(db: Database, workspaceId: string, termId: string, t: TermInput, at: Date): Promise<Term | null> {
  const [r] = await db.query<TermRow>(
    `update compliance_lexicon_terms set term = $3, severity = $4, suggestion = $5, variants = $6, updated_at = $7
      where workspace_id = $1 and id = $2 returning ${COLUMNS}`,
    [workspaceId, termId, t.term, t.severity, t.suggestion, t.variants, at],
  );
  return r ? toTerm(r) : null;
}

export async function deleteTermRow(db: Database, workspaceId: string, lexiconId: string, termId: string): Promise<boolean> {
  const rows = await db.query('delete from compliance_lexicon_terms where workspace_id = $1 and lexicon_id = $2 and id = $3 returning id', [workspaceId, lexiconId, termId]);
  return rows.length > 0;
}

/** Insert or overwrite by (lexicon, term), in one statement. */
export async function upsertTermRows(db: Database, workspaceId: string, lexiconId: string, rows: { id: string; t: TermInput }[], at: Date): Promise<void> {
  if (rows.length === 0) return;
  await db.query(
    `insert into compliance_lexicon_terms (id, workspace_id, lexicon_id, term, severity, suggestion, variants, created_at, updated_at)
     select u.id, $1, $2, u.term, u.severity, u.suggestion, u.variants, $8, $8
       from unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::boolean[]) as u(id, term, severity, suggestion, variants)
     on conflict (lexicon_id, term) do update
       set severity = excluded.severity, suggestion = excluded.suggestion, variants = excluded.variants, updated_at = excluded.updated_at`,
    [
      workspaceId, lexiconId,
      rows.map((r) => r.id), rows.map((r) => r.t.term), rows.map((r) => r.t.severity), rows.map((r) => r.t.suggestion), rows.map((r) => r.t.variants),
      at,
    ],
  );
}

export interface ActiveTermRow {
  id: string;
  term: string;
  severity: Severity;
  suggestion: string | null;
  variants: boolean;
  category: LexiconCategory;
}

/** Every term of the workspace's enabled lexicons: what the matcher is compiled from. */
export async function activeTermRows(db: Database, workspaceId: string): Promise<ActiveTermRow[]> {
  return db.query<ActiveTermRow>(
    `select t.id, t.term, t.severity, t.suggestion, t.variants, l.category
       from compliance_lexicon_terms t join compliance_lexicons l on l.id = t.lexicon_id
      where t.workspace_id = $1 and l.workspace_id = $1 and l.enabled
      order by t.id`,
    [workspaceId],
  );
}
