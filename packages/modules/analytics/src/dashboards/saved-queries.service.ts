import type { Database } from '@resonance/db';
import { conflict, newId, notFound, type Clock } from '@resonance/kernel';
import { dashboardsUsingQuery } from './dashboards.repository.js';
import { deleteSavedQueryRow, findSavedQueryRows, insertSavedQuery, listSavedQueryRows, updateSavedQueryRow } from './saved-queries.repository.js';
import type { NewSavedQuery, SavedQuery, SavedQueryUpdate } from './saved-query.schema.js';
import { validateQueryBody } from './validate-query-body.js';

/** Saves a query; its body must be valid for its kind (400 naming the field otherwise) and is stored with the kind's defaults filled in. */
export async function createSavedQuery(db: Database, workspaceId: string, input: NewSavedQuery, by: { actor: string; clock: Clock }): Promise<SavedQuery> {
  const body = validateQueryBody(input.kind, input.body);
  const now = by.clock.now();
  return insertSavedQuery(db, workspaceId, { id: newId('query', now.getTime()), name: input.name, kind: input.kind, body, createdBy: by.actor, createdAt: now });
}

export const listSavedQueries = (db: Database, workspaceId: string): Promise<SavedQuery[]> => listSavedQueryRows(db, workspaceId);

export async function getSavedQuery(db: Database, workspaceId: string, queryId: string): Promise<SavedQuery> {
  const [q] = await findSavedQueryRows(db, workspaceId, [queryId]);
  if (!q) throw notFound('saved query');
  return q;
}

/** Renames and/or replaces the body (validated against the query's kind, which does not change). */
export async function updateSavedQuery(db: Database, workspaceId: string, queryId: string, change: SavedQueryUpdate, clock: Clock): Promise<SavedQuery> {
  const current = await getSavedQuery(db, workspaceId, queryId);
  const body = change.body === undefined ? undefined : validateQueryBody(current.kind, change.body);
  const updated = await updateSavedQueryRow(db, workspaceId, queryId, { name: change.name, body, updatedAt: clock.now() });
  if (!updated) throw notFound('saved query');
  return updated;
}

/** Deletes a saved query that no dashboard shows (409 naming the dashboards otherwise). */
export async function deleteSavedQuery(db: Database, workspaceId: string, queryId: string): Promise<SavedQuery> {
  const current = await getSavedQuery(db, workspaceId, queryId);
  const usedBy = await dashboardsUsingQuery(db, workspaceId, queryId);
  if (usedBy.length > 0) {
    throw conflict(`the query is a tile of ${usedBy.map((d) => `"${d.name}"`).join(', ')}; remove it from there first`, { dashboards: usedBy });
  }
  await deleteSavedQueryRow(db, workspaceId, queryId);
  return current;
}
