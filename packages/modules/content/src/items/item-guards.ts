import { AppError, notFound } from '@resonance/kernel';
import type { Sql } from '../tx.js';
import { findItem, type ItemRow } from './items.repository.js';

export const notEditable = (status: string) =>
  new AppError('not_editable', `The item is ${status}; only drafts can be edited (withdraw or reject it back to draft first)`, 409, { status });

export const staleVersion = (current: number) =>
  new AppError('stale_version', `The item changed since you loaded it (now version ${current}); reload and apply your edit again`, 409, { currentVersion: current });

/** Locks the item row for the rest of the transaction; 404 when absent, 409 unless it is a draft at `version`. */
export async function lockEditable(s: Sql, workspaceId: string, contentId: string, version: number): Promise<ItemRow> {
  const row = await findItem(s, workspaceId, contentId, { forUpdate: true });
  if (!row) throw notFound('content item');
  if (row.status !== 'draft') throw notEditable(row.status);
  if (row.version !== version) throw staleVersion(row.version);
  return row;
}
