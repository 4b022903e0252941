import type { Database } from '@resonance/db';
import { conflict, invalidField, notFound, systemClock, type Clock } from '@resonance/kernel';
import { inIdentityTx } from './fans-tx.js';
import { getIdentityRules, withinLimits } from './identity-rules.service.js';
import { performMerge, type MergeSummary } from './perform-merge.js';
import { selectKeys, selectProfile } from './profile.repository.js';

/**
 * Admin merge: `mergedId` into `survivorId`, even when both are identified. Refused (409) when the
 * result would exceed an identity limit (e.g. two external ids), or a profile was merged already.
 */
export async function mergeFans(
  db: Database,
  workspaceId: string,
  input: { survivorId: string; mergedId: string; actor: string },
  clock: Clock = systemClock,
): Promise<MergeSummary> {
  if (input.survivorId === input.mergedId) throw invalidField('mergedId', 'must differ from survivorId');
  if (typeof input.actor !== 'string' || input.actor.trim() === '') throw invalidField('actor', 'is required');
  return inIdentityTx(db, workspaceId, async (q) => {
    for (const id of [input.survivorId, input.mergedId]) {
      const p = await selectProfile(q, workspaceId, id);
      if (!p) throw notFound('fan');
      if (p.merged_into) throw conflict(`fan ${id} was merged into ${p.merged_into}; use that profile`, { fanId: id, mergedInto: p.merged_into });
    }
    const rules = await getIdentityRules(q, workspaceId);
    const keys = await selectKeys(q, workspaceId, [input.survivorId, input.mergedId]);
    if (!withinLimits(rules, keys)) throw conflict('the merged profile would hold more identities of a kind than the workspace allows (identity limits)', { limits: rules.limits });
    return performMerge(q, workspaceId, input.survivorId, input.mergedId, 'admin', input.actor, clock.now());
  });
}

export interface FanMerge {
  id: string;
  survivorId: string;
  mergedId: string;
  reason: MergeSummary['reason'];
  movedIdentities: { kind: string; namespace: string; value: string }[];
  mergedSnapshot: Record<string, unknown>;
  actor: string;
  createdAt: Date;
  undoneAt: Date | null;
  undoneBy: string | null;
}

interface MergeRow {
  id: string;
  survivor_id: string;
  merged_id: string;
  reason: MergeSummary['reason'];
  moved_identities: FanMerge['movedIdentities'];
  merged_snapshot: Record<string, unknown>;
  survivor_snapshot: Record<string, unknown>;
  actor: string;
  created_at: Date;
  undone_at: Date | null;
  undone_by: string | null;
}

const toMerge = (r: MergeRow): FanMerge => ({
  id: r.id, survivorId: r.survivor_id, mergedId: r.merged_id, reason: r.reason, movedIdentities: r.moved_identities,
  mergedSnapshot: r.merged_snapshot, actor: r.actor, createdAt: r.created_at, undoneAt: r.undone_at, undoneBy: r.undone_by,
});

/** Merge history of a fan (as survivor or as merged profile), newest first. PII identities appear as lookup hashes. */
export async function listFanMerges(db: Database, workspaceId: string, fanId: string): Promise<FanMerge[]> {
  const rows = await db.query<MergeRow>(
    `select * from fan_merges where workspace_id = $1 and (survivor_id = $2 or merged_id = $2) order by created_at desc, id desc`,
    [workspaceId, fanId],
  );
  return rows.map(toMerge);
}

export async function selectMerge(db: Pick<Database, 'query'>, workspaceId: string, mergeId: string): Promise<MergeRow> {
  const row = (await db.query<MergeRow>('select * from fan_merges where workspace_id = $1 and id = $2', [workspaceId, mergeId]))[0];
  if (!row) throw notFound('merge');
  return row;
}
export type { MergeRow };
