import type { Database } from '@resonance/db';
import { can, invalidField, maskPiiValues, type Role } from '@resonance/kernel';
import { FAN_ID, MAX_TIMELINE_FANS, type TimelineEvent } from './timeline.schema.js';
import { selectEventPosition, selectTimeline } from './timeline.repository.js';

export interface TimelineOptions {
  fanIds: readonly string[];
  before?: string;
  limit: number;
  name?: string;
}

/**
 * One page of the events of a profile's fan ids, newest first; `nextBefore` pages on. Properties
 * are masked (e-mail, phone) unless the role has `fans.pii`. The caller resolves which fan ids
 * belong to the profile (the fans module's `mergedFanIds`); this module does not read fans.
 */
export async function fanTimeline(
  db: Database,
  workspaceId: string,
  opts: TimelineOptions,
  role: Role | null,
): Promise<{ items: TimelineEvent[]; nextBefore: string | null }> {
  const fanIds = [...new Set(opts.fanIds)];
  if (fanIds.length === 0 || fanIds.length > MAX_TIMELINE_FANS) throw invalidField('query.fanId', `give 1–${MAX_TIMELINE_FANS} fan ids`);
  if (fanIds.some((id) => !FAN_ID.test(id))) throw invalidField('query.fanId', 'must be fan ids');
  let before: { occurred_at: Date; seq: string } | undefined;
  if (opts.before) {
    before = await selectEventPosition(db, workspaceId, opts.before);
    if (!before) throw invalidField('query.before', 'must be the nextBefore of a previous page');
  }
  const rows = await selectTimeline(db, workspaceId, { fanIds, before, name: opts.name, limit: opts.limit + 1 });
  const page = rows.slice(0, opts.limit);
  const pii = role !== null && can(role, 'fans.pii');
  return {
    items: page.map((r) => ({
      seq: r.seq,
      name: r.name,
      fanId: r.fan_id,
      occurredAt: r.occurred_at.toISOString(),
      platform: r.platform,
      accountId: r.account_id,
      publicationId: r.publication_id,
      sourceId: r.source_id,
      properties: (pii ? (r.properties ?? {}) : maskPiiValues(r.properties ?? {})) as Record<string, unknown>,
    })),
    nextBefore: rows.length > opts.limit ? page[page.length - 1]!.seq : null,
  };
}
