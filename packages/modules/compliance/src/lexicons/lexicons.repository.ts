import type { Database } from '@resonance/db';
import { DEFAULT_LEXICONS } from '../defaults/index.js';
import type { Lexicon, LexiconCategory } from './lexicon.types.js';

interface LexiconRow {
  id: string;
  name: string;
  category: LexiconCategory;
  built_in: boolean;
  enabled: boolean;
  term_count: string | number;
  created_at: Date;
  updated_at: Date;
}

const SELECT = `select l.id, l.name, l.category, l.built_in, l.enabled, l.created_at, l.updated_at,
    (select count(*) from compliance_lexicon_terms t where t.lexicon_id = l.id) as term_count
  from compliance_lexicons l`;

const toLexicon = (r: LexiconRow): Lexicon => ({
  id: r.id,
  name: r.name,
  category: r.category,
  builtIn: r.built_in,
  enabled: r.enabled,
  termCount: Number(r.term_count),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const DEFAULT_ORDER = DEFAULT_LEXICONS.map((d) => d.key);

/** Built-in lexicons first (in the order of the defaults), then the workspace's own, oldest first. */
export async function listLexiconRows(db: Database, workspaceId: string): Promise<Lexicon[]> {
  const rows = await db.query<LexiconRow>(
    `${SELECT} where l.workspace_id = $1 order by array_position($2::text[], l.builtin_key) nulls last, l.created_at, l.name, l.id`,
    [workspaceId, DEFAULT_ORDER],
  );
  return rows.map(toLexicon);
}

export async function findLexiconRow(db: Database, workspaceId: string, lexiconId: string): Promise<Lexicon | null> {
  const [r] = await db.query<LexiconRow>(`${SELECT} where l.workspace_id = $1 and l.id = $2`, [workspaceId, lexiconId]);
  return r ? toLexicon(r) : null;
}

export interface NewLexiconRow {
  id: string;
  name: string;
  category: LexiconCategory;
  builtinKey: string | null;
  enabled: boolean;
  at: Date;
}

/** Null when the name (or built-in key) is taken in the workspace. */
export async function insertLexiconRow(db: Database, workspaceId: string, l: NewLexiconRow): Promise<string | null> {
  const [r] = await db.query<{ id: string }>(
    `insert into compliance_lexicons (id, workspace_id, name, category, builtin_key, built_in, enabled, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $8) on conflict do nothing returning id`,
    [l.id, workspaceId, l.name, l.category, l.builtinKey, l.builtinKey !== null, l.enabled, l.at],
  );
  return r?.id ?? null;
}

export async function builtinLexiconId(db: Database, workspaceId: string, key: string): Promise<string | null> {
  const [r] = await db.query<{ id: string }>('select id from compliance_lexicons where workspace_id = $1 and builtin_key = $2', [workspaceId, key]);
  return r?.id ?? null;
}

export async function updateLexiconRow(
  db: Database,
  workspaceId: string,
  lexiconId: string,
  p: { name: string; category: LexiconCategory; enabled: boolean; at: Date },
): Promise<void> {
  await db.query(
    'update compliance_lexicons set name = $3, category = $4, enabled = $5, updated_at = $6 where workspace_id = $1 and id = $2',
    [workspaceId, lexiconId, p.name, p.category, p.enabled, p.at],
  );
}

export async function lexiconNameTaken(db: Database, workspaceId: string, name: string, exceptId: string | null): Promise<boolean> {
  const [r] = await db.query('select 1 from compliance_lexicons where workspace_id = $1 and name = $2 and id is distinct from $3', [workspaceId, name, exceptId]);
  return Boolean(r);
}

export async function deleteLexiconRow(db: Database, workspaceId: string, lexiconId: string): Promise<void> {
  await db.query('delete from compliance_lexicons where workspace_id = $1 and id = $2', [workspaceId, lexiconId]);
}
