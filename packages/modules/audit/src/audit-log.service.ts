import type { Database } from '@resonance/db';
import type { AuditEntryInput, AuditPort } from '@resonance/http';
import { newId, type Clock } from '@resonance/kernel';
import { GENESIS_HASH, entryHash } from './audit-hash.js';
import { appendToChain } from './audit.repository.js';
import type { AuditEntry } from './audit.types.js';
import { toJsonValue } from './canonical-json.js';
import { redactSecrets } from './redact.js';

const orNull = (v: string | undefined | null) => (v === undefined || v === '' ? null : v);

/** Appends one entry to its workspace's chain (secrets redacted, then hashed) and returns it as stored. */
export async function appendAuditEntry(db: Database, clock: Clock, input: AuditEntryInput): Promise<AuditEntry> {
  const createdAt = clock.now();
  const fields = {
    id: newId('aud', createdAt.getTime()),
    workspaceId: input.workspaceId,
    actorType: input.actorType,
    actorId: input.actorId,
    action: input.action,
    targetType: orNull(input.targetType),
    targetId: orNull(input.targetId),
    ip: orNull(input.ip),
    userAgent: orNull(input.userAgent),
    before: toJsonValue(redactSecrets(toJsonValue(input.before))),
    after: toJsonValue(redactSecrets(toJsonValue(input.after))),
    createdAt,
  };
  return appendToChain(db, input.workspaceId, (tail) => {
    const prevHash = tail?.hash ?? GENESIS_HASH;
    const chainSeq = (tail?.chainSeq ?? 0) + 1;
    return { ...fields, chainSeq, prevHash, hash: entryHash(prevHash, { ...fields, chainSeq }) };
  });
}

/** The AuditPort the server uses to record every successful mutation. */
export function createAuditLog(db: Database, clock: Clock): AuditPort {
  return {
    append: async (entry) => {
      await appendAuditEntry(db, clock, entry);
    },
  };
}
