import type { Database } from '@resonance/db';
import { invalidField } from '@resonance/kernel';
import { ANONYMISED_MARK, ANONYMOUS_PROPERTY_KEYS, ANONYMOUS_STRING_MAX } from './anonymous-keys.js';

/** Whose events: the fan ids (the canonical one and every id merged into it) and the fan's anonymous ids. */
export interface FanEventScope {
  fanIds: readonly string[];
  /** Events with no fan yet (`fan_id` null) whose `properties.$anonymous_id` is one of these belong to the fan too. */
  anonymousIds: readonly string[];
}

/** One stored event, as a data-subject export shows it. */
export interface FanEvent {
  seq: string;
  messageId: string | null;
  sourceId: string;
  name: string;
  fanId: string | null;
  platform: string;
  accountId: string | null;
  publicationId: string | null;
  occurredAt: string;
  receivedAt: string;
  properties: Record<string, unknown> | null;
}

/** Rows per delete/update statement: short statements, so no long locks on a busy table. */
export const PRIVACY_CHUNK = 10_000;

function checkScope(workspaceId: string, scope: FanEventScope): void {
  if (!workspaceId) throw invalidField('workspaceId', 'is required');
  if (!Array.isArray(scope.fanIds) || !Array.isArray(scope.anonymousIds)) throw invalidField('scope', 'needs fanIds and anonymousIds arrays');
}

/**
 * The seqs of the scope's events: two index reads (events_fan_idx, events_anonymous_idx) joined
 * with UNION ALL — they cannot overlap, one side has a fan id and the other none. $1 workspace,
 * $2 fan ids, $3 anonymous ids.
 */
const SCOPE_SEQS = `
  select seq from events where workspace_id = $1 and fan_id = any($2::text[])
  union all
  select seq from events where workspace_id = $1 and fan_id is null and (properties->>'$anonymous_id') = any($3::text[])`;

interface Row {
  seq: string;
  message_id: string | null;
  source_id: string;
  name: string;
  fan_id: string | null;
  platform: string;
  account_id: string | null;
  publication_id: string | null;
  occurred_at: Date;
  received_at: Date;
  properties: Record<string, unknown> | null;
}

const COLS = `seq::text as seq, message_id, source_id, name, fan_id, platform, account_id, publication_id, occurred_at, received_at, properties`;

/**
 * One page of a fan's events in storage order (seq), after the cursor `after` (a seq from the
 * previous page); `next` is null on the last page.
 */
export async function eventsOfFans(
  db: Pick<Database, 'query'>,
  workspaceId: string,
  scope: FanEventScope,
  page: { after?: string | null; limit?: number } = {},
): Promise<{ items: FanEvent[]; next: string | null }> {
  checkScope(workspaceId, scope);
  const limit = page.limit ?? 1000;
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw invalidField('limit', 'must be 1–10000');
  if (page.after != null && !/^\d+$/.test(page.after)) throw invalidField('after', 'must be a seq from a previous page');
  const rows = await db.query<Row>(
    `(select ${COLS} from events where workspace_id = $1 and fan_id = any($2::text[]) and seq > $4::bigint)
     union all
     (select ${COLS} from events where workspace_id = $1 and fan_id is null and (properties->>'$anonymous_id') = any($3::text[]) and seq > $4::bigint)
     order by 1 limit $5`,
    [workspaceId, scope.fanIds, scope.anonymousIds, page.after ?? '0', limit + 1],
  );
  const items = rows.slice(0, limit).map((r) => ({
    seq: r.seq,
    messageId: r.message_id,
    sourceId: r.source_id,
    name: r.name,
    fanId: r.fan_id,
    platform: r.platform,
    accountId: r.account_id,
    publicationId: r.publication_id,
    occurredAt: r.occurred_at.toISOString(),
    receivedAt: r.received_at.toISOString(),
    properties: r.properties,
  }));
  return { items, next: rows.length > limit ? items[items.length - 1]!.seq : null };
}

/** Every event of the scope, page by page (for streaming an export without holding it in memory). */
export async function* streamEventsOfFans(db: Pick<Database, 'query'>, workspaceId: string, scope: FanEventScope, pageSize = 1000): AsyncGenerator<FanEvent[]> {
  let after: string | null = null;
  do {
    const page = await eventsOfFans(db, workspaceId, scope, { after, limit: pageSize });
    if (page.items.length > 0) yield page.items;
    after = page.next;
  } while (after !== null);
}

/** How many events the scope has. */
export async function countEventsOfFans(db: Pick<Database, 'query'>, workspaceId: string, scope: FanEventScope): Promise<number> {
  checkScope(workspaceId, scope);
  const rows = await db.query<{ n: number }>(`select count(*)::int as n from (${SCOPE_SEQS}) s`, [workspaceId, scope.fanIds, scope.anonymousIds]);
  return rows[0]!.n;
}

async function inChunks(db: Pick<Database, 'query'>, sql: string, params: unknown[]): Promise<number> {
  let total = 0;
  for (;;) {
    const n = (await db.query<{ n: number }>(`with d as (${sql} returning 1) select count(*)::int as n from d`, params))[0]!.n;
    total += n;
    if (n < PRIVACY_CHUNK) return total;
  }
}

/** Hard-deletes the scope's events, PRIVACY_CHUNK rows per statement. Returns how many. */
export async function deleteEventsOfFans(db: Pick<Database, 'query'>, workspaceId: string, scope: FanEventScope): Promise<number> {
  checkScope(workspaceId, scope);
  if (scope.fanIds.length === 0 && scope.anonymousIds.length === 0) return 0;
  return inChunks(
    db,
    `delete from events where workspace_id = $1 and seq in (select seq from (${SCOPE_SEQS}) s limit ${PRIVACY_CHUNK})`,
    [workspaceId, scope.fanIds, scope.anonymousIds],
  );
}

/**
 * Irreversibly anonymises the scope's events, PRIVACY_CHUNK rows per statement: `fan_id` becomes
 * null and the properties keep only ANONYMOUS_PROPERTY_KEYS with scalar values (plus
 * `$anonymised: true`). Name, platform, account, publication, times, source and message id stay,
 * so counts and revenue still add up and an SDK retrying the same message id is still a duplicate.
 * The rows no longer match the scope afterwards, so a repeat finds nothing. Returns how many.
 */
export async function anonymiseEventsOfFans(db: Pick<Database, 'query'>, workspaceId: string, scope: FanEventScope): Promise<number> {
  checkScope(workspaceId, scope);
  if (scope.fanIds.length === 0 && scope.anonymousIds.length === 0) return 0;
  return inChunks(
    db,
    `update events e
        set fan_id = null,
            properties = coalesce(
              (select jsonb_object_agg(p.key, p.value) from jsonb_each(e.properties) p
                where p.key = any($4::text[])
                  and (jsonb_typeof(p.value) in ('number', 'boolean')
                       or (jsonb_typeof(p.value) = 'string' and length(p.value #>> '{}') <= ${ANONYMOUS_STRING_MAX}))),
              '{}'::jsonb) || jsonb_build_object('${ANONYMISED_MARK}', true)
      where e.workspace_id = $1 and e.seq in (select seq from (${SCOPE_SEQS}) s limit ${PRIVACY_CHUNK})`,
    [workspaceId, scope.fanIds, scope.anonymousIds, ANONYMOUS_PROPERTY_KEYS],
  );
}
