/** What the server needs from the audit module: append one entry per successful mutation. */
export interface AuditEntryInput {
  workspaceId: string | null;
  actorType: 'user' | 'token' | 'anonymous' | 'system';
  actorId: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  ip?: string;
  userAgent?: string;
  before?: unknown;
  after?: unknown;
}

export interface AuditPort {
  append(entry: AuditEntryInput): Promise<void>;
}
