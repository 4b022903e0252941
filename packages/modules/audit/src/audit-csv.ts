import type { AuditEntry } from './audit.types.js';

/**
 * One CSV cell (RFC 4180), safe to open in a spreadsheet: a value starting with = + - @ tab or CR
 * is prefixed with a single quote so it is never evaluated as a formula.
 */
export function csvCell(value: unknown): string {
  let s: string;
  if (value === null || value === undefined) s = '';
  else if (value instanceof Date) s = value.toISOString();
  else if (typeof value === 'object') s = JSON.stringify(value);
  else s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: readonly unknown[]): string {
  return values.map(csvCell).join(',') + '\r\n';
}

export const AUDIT_CSV_HEADER = [
  'seq', 'id', 'created_at', 'actor_type', 'actor_id', 'action', 'target_type', 'target_id', 'ip', 'user_agent', 'before', 'after', 'hash',
] as const;

export function auditCsvRow(e: AuditEntry): string {
  return csvLine([
    e.seq, e.id, e.createdAt, e.actorType, e.actorId, e.action, e.targetType, e.targetId, e.ip, e.userAgent, e.before, e.after, e.hash,
  ]);
}
