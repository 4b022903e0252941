import { csvLine } from '@resonance/kernel';
import type { AuditEntry } from './audit.types.js';

export const AUDIT_CSV_HEADER = [
  'seq', 'id', 'created_at', 'actor_type', 'actor_id', 'action', 'target_type', 'target_id', 'ip', 'user_agent', 'before', 'after', 'hash',
] as const;

export function auditCsvRow(e: AuditEntry): string {
  return csvLine([
    e.seq, e.id, e.createdAt, e.actorType, e.actorId, e.action, e.targetType, e.targetId, e.ip, e.userAgent, e.before, e.after, e.hash,
  ]);
}
