import type { Database } from '@resonance/db';
import { listEntries } from './audit.repository.js';
import type { AuditEntry, AuditFilters, AuditPage } from './audit.types.js';

/** An entry as the API shows it: no chain internals, the time as ISO text. */
export type AuditEntryDto = Omit<AuditEntry, 'workspaceId' | 'chainSeq' | 'prevHash' | 'createdAt'> & { createdAt: string };

export const toAuditDto = (e: AuditEntry): AuditEntryDto => ({
  id: e.id,
  seq: e.seq,
  createdAt: e.createdAt.toISOString(),
  actorType: e.actorType,
  actorId: e.actorId,
  action: e.action,
  targetType: e.targetType,
  targetId: e.targetId,
  ip: e.ip,
  userAgent: e.userAgent,
  before: e.before,
  after: e.after,
  hash: e.hash,
});

/** A workspace's audit entries, newest first. */
export async function listAuditEntries(
  db: Database,
  workspaceId: string,
  filters: AuditFilters = {},
  page: AuditPage = { limit: 50 },
): Promise<{ items: AuditEntryDto[]; nextCursor: string | null }> {
  const res = await listEntries(db, workspaceId, filters, page);
  return { items: res.items.map(toAuditDto), nextCursor: res.nextCursor };
}
