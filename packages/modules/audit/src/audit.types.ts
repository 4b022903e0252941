export type ActorType = 'user' | 'token' | 'anonymous' | 'system';

/** Every field of an entry that the hash covers (all of them except seq and the hashes). */
export interface HashedFields {
  id: string;
  workspaceId: string | null;
  chainSeq: number;
  actorType: ActorType;
  actorId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  userAgent: string | null;
  before: unknown;
  after: unknown;
  createdAt: Date;
}

/** One stored audit entry. */
export interface AuditEntry extends HashedFields {
  seq: number;
  prevHash: string;
  hash: string;
}

export interface AuditFilters {
  actorId?: string;
  /** Exact action, or a prefix ending in `*` (`member.*`). */
  action?: string;
  targetType?: string;
  targetId?: string;
  from?: Date;
  to?: Date;
}

export interface AuditPage {
  limit: number;
  /** The `seq` of the last entry of the previous page (newest first). */
  cursor?: string;
}
