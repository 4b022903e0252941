import type { Database } from '@resonance/db';
import { canonicalFanId } from './canonical.service.js';
import { traitsFor, toIdentityDto } from './fan-dto.js';
import type { FanIdentityDto, IdentityKind } from './fans.types.js';
import type { IdentityRow } from './fans.repository.js';
import type { FanViewer } from './list-fans.service.js';
import { listFanMerges, type FanMerge } from './merge-fans.service.js';
import type { ProfileSnapshot } from './perform-merge.js';
import { PII_KINDS } from './fans.types.js';

export interface FanMergeDto {
  id: string;
  survivorId: string;
  mergedId: string;
  reason: FanMerge['reason'];
  movedIdentities: FanIdentityDto[];
  merged: { displayName: string; traits: Record<string, unknown>; firstSeenAt: string | null; lastSeenAt: string | null };
  actor: string;
  createdAt: string;
  undoneAt: string | null;
  undoneBy: string | null;
}

/** The stored rows (with envelopes) of PII identities the merges moved, by `kind|namespace|hash`. */
async function piiRows(db: Database, workspaceId: string, merges: FanMerge[]): Promise<Map<string, IdentityRow>> {
  const keys = merges.flatMap((m) => m.movedIdentities).filter((k) => PII_KINDS.includes(k.kind as IdentityKind));
  if (keys.length === 0) return new Map();
  const rows = await db.query<IdentityRow>(
    `select fan_id, kind, namespace, value, value_enc from fan_identities
      where workspace_id = $1 and kind = any($2::text[]) and value = any($3::text[])`,
    [workspaceId, [...new Set(keys.map((k) => k.kind))], keys.map((k) => k.value)],
  );
  return new Map(rows.map((r) => [`${r.kind}|${r.namespace}|${r.value}`, r]));
}

/**
 * Merge history of a fan id (merges where it is the survivor or the merged profile), newest first. Moved e-mail/phone identities are shown from their
 * current encrypted value, masked without `fans.pii`; one erased since shows as `***`.
 */
export async function fanMergeHistory(db: Database, workspaceId: string, fanId: string, viewer: FanViewer): Promise<FanMergeDto[]> {
  await canonicalFanId(db, workspaceId, fanId); // 404 for a fan of another workspace
  const merges = await listFanMerges(db, workspaceId, fanId);
  const pii = await piiRows(db, workspaceId, merges);
  return merges.map((m) => {
    const snap = m.mergedSnapshot as ProfileSnapshot;
    return {
      id: m.id,
      survivorId: m.survivorId,
      mergedId: m.mergedId,
      reason: m.reason,
      movedIdentities: m.movedIdentities.map((k): FanIdentityDto => {
        const kind = k.kind as IdentityKind;
        if (!PII_KINDS.includes(kind)) return { kind, namespace: k.namespace, value: k.value, masked: false };
        const row = pii.get(`${k.kind}|${k.namespace}|${k.value}`);
        return row ? toIdentityDto(row, workspaceId, viewer.secrets, viewer.role) : { kind, namespace: k.namespace, value: '***', masked: true };
      }),
      merged: { displayName: snap.displayName, traits: traitsFor(snap.traits, viewer.role), firstSeenAt: snap.firstSeenAt, lastSeenAt: snap.lastSeenAt },
      actor: m.actor,
      createdAt: m.createdAt.toISOString(),
      undoneAt: m.undoneAt?.toISOString() ?? null,
      undoneBy: m.undoneBy,
    };
  });
}
