import type { Database } from '@resonance/db';
import { notFound } from '@resonance/kernel';
import { canonicalFanId } from './canonical.service.js';
import { toFanDto, toIdentityDto } from './fan-dto.js';
import { selectIdentities } from './fans.repository.js';
import type { FanDto } from './fans.types.js';
import type { FanViewer } from './list-fans.service.js';
import { selectProfile, type ConsentEntry } from './profile.repository.js';

/** The time merges give traits that never had one (bulk-loaded; see traits.ts): shown as unknown. */
const UNKNOWN_TIME = '1970-01-01T00:00:00.000Z';

export interface FanProfileDto extends FanDto {
  /** Per trait, when its current value was set (ISO time); absent when unknown (bulk-loaded traits). */
  traitTimes: Record<string, string>;
  consent: Record<string, ConsentEntry>;
  /** Every fan id whose events belong to this profile: its own first, then the fans merged into it. */
  mergedFanIds: string[];
}

/** The fan ids that now resolve to `fanId` (fan_aliases), oldest id first. */
async function aliasesOf(db: Database, workspaceId: string, fanId: string): Promise<string[]> {
  const rows = await db.query<{ fan_id: string }>(
    'select fan_id from fan_aliases where workspace_id = $1 and canonical_id = $2 order by fan_id',
    [workspaceId, fanId],
  );
  return rows.map((r) => r.fan_id);
}

/**
 * The full profile behind a fan id (a merged id gives its survivor): identities (PII masked
 * without `fans.pii`), traits with their update times, consent and the fan ids its events carry.
 */
export async function getFanProfile(db: Database, workspaceId: string, fanId: string, viewer: FanViewer): Promise<FanProfileDto> {
  const id = await canonicalFanId(db, workspaceId, fanId);
  const p = await selectProfile(db, workspaceId, id);
  if (!p) throw notFound('fan');
  const identities = (await selectIdentities(db, workspaceId, [id])).map((r) => toIdentityDto(r, workspaceId, viewer.secrets, viewer.role));
  return {
    ...toFanDto(p, identities, viewer.role),
    traitTimes: Object.fromEntries(Object.entries(p.trait_times ?? {}).filter(([, at]) => at !== UNKNOWN_TIME)),
    consent: p.consent ?? {},
    mergedFanIds: [id, ...(await aliasesOf(db, workspaceId, id))],
  };
}
