import type { Database } from '@resonance/db';
import { chainKey } from './audit-hash.js';
import type { AuditEntry, AuditFilters, AuditPage } from './audit.types.js';

/** Advisory-lock class id for audit chains (the second key is hashtext of the chain key). */
const LOCK_CLASS = 7_270_001;

interface Row {
  seq: number;
  id: string;
  workspace_id: string | null;
  chain_seq: number;
  actor_type: AuditEntry['actorType'];
  actor_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  ip: string | null;
  user_agent: string | null;
  before: unknown;
  after: unknown;
  created_at: Date;
  prev_hash: string;
  hash: string;
}

const COLUMNS = `seq, id, workspace_id, chain_seq, actor_type, actor_id, action, target_type, target_id, ip, user_agent,
  before, after, created_at, prev_hash, hash`;

const toEntry = (r: Row): AuditEntry => ({
  seq: Number(r.seq),
  id: r.id,
  workspaceId: r.workspace_id,
  chainSeq: Number(r.chain_seq),
  actorType: r.actor_type,
  actorId: r.actor_id,
  action: r.action,
  targetType: r.target_type,
  targetId: r.target_id,
  ip: r.ip,
  userAgent: r.user_agent,
  before: r.before,
  after: r.after,
  createdAt: r.created_at,
  prevHash: r.prev_hash,
  hash: r.hash,
});

export interface ChainTail {
  hash: string;
  chainSeq: number;
}

/**
 * Appends to one chain, serialised per chain: inside a transaction holding the chain's advisory
 * lock, read the chain's last entry, let `build` compute the new one, insert it.
 */
export async function appendToChain(
  db: Database,
  workspaceId: string | null,
  build: (tail: ChainTail | null) => Omit<AuditEntry, 'seq'>,
): Promise<AuditEntry> {
  return db.withSession(async (s) => {
    await s.exec('begin');
    try {
      await s.query('select pg_advisory_xact_lock($1::int4, hashtext($2::text))', [LOCK_CLASS, chainKey(workspaceId)]);
      const [tail] = await s.query<{ hash: string; chain_seq: number }>(
        workspaceId === null
          ? 'select hash, chain_seq from audit_log where workspace_id is null order by seq desc limit 1'
          : 'select hash, chain_seq from audit_log where workspace_id = $1 order by seq desc limit 1',
        workspaceId === null ? [] : [workspaceId],
      );
      const e = build(tail ? { hash: tail.hash, chainSeq: Number(tail.chain_seq) } : null);
      const [row] = await s.query<Row>(
        `insert into audit_log (id, workspace_id, chain_seq, actor_type, actor_id, action, target_type, target_id, ip,
           user_agent, before, after, created_at, prev_hash, hash)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12::jsonb, $13, $14, $15) returning ${COLUMNS}`,
        [
          e.id, e.workspaceId, e.chainSeq, e.actorType, e.actorId, e.action, e.targetType, e.targetId, e.ip, e.userAgent,
          e.before === null ? null : JSON.stringify(e.before), e.after === null ? null : JSON.stringify(e.after),
          e.createdAt, e.prevHash, e.hash,
        ],
      );
      await s.exec('commit');
      return toEntry(row!);
    } catch (err) {
      await s.exec('rollback');
      throw err;
    }
  });
}

/** One workspace's entries, newest first, filtered; `nextCursor` when more remain. */
export async function listEntries(
  db: Database,
  workspaceId: string,
  filters: AuditFilters,
  page: AuditPage,
): Promise<{ items: AuditEntry[]; nextCursor: string | null }> {
  const where = ['workspace_id = $1'];
  const params: unknown[] = [workspaceId];
  const add = (clause: (p: string) => string, value: unknown) => {
    params.push(value);
    where.push(clause(`$${params.length}`));
  };
  if (filters.actorId) add((p) => `actor_id = ${p}`, filters.actorId);
  if (filters.action) {
    if (filters.action.endsWith('*')) {
      const prefix = filters.action.slice(0, -1).replace(/[\\%_]/g, (c) => `\\${c}`);
      if (prefix !== '') add((p) => `action like ${p} escape '\\'`, `${prefix}%`);
    } else add((p) => `action = ${p}`, filters.action);
  }
  if (filters.targetType) add((p) => `target_type = ${p}`, filters.targetType);
  if (filters.targetId) add((p) => `target_id = ${p}`, filters.targetId);
  if (filters.from) add((p) => `created_at >= ${p}`, filters.from);
  if (filters.to) add((p) => `created_at < ${p}`, filters.to);
  if (page.cursor) add((p) => `seq < ${p}`, Number(page.cursor));
  params.push(page.limit + 1);
  const rows = await db.query<Row>(
    `select ${COLUMNS} from audit_log where ${where.join(' and ')} order by seq desc limit $${params.length}`,
    params,
  );
  const items = rows.slice(0, page.limit).map(toEntry);
  return { items, nextCursor: rows.length > page.limit ? String(items[items.length - 1]!.seq) : null };
}

/** A batch of entries in seq order after `afterSeq`: one chain, or every chain (`scope: 'all'`). */
export async function entriesAfter(
  db: Database,
  scope: { workspaceId: string | null } | 'all',
  afterSeq: number,
  limit: number,
): Promise<AuditEntry[]> {
  const rows =
    scope === 'all'
      ? await db.query<Row>(`select ${COLUMNS} from audit_log where seq > $1 order by seq limit $2`, [afterSeq, limit])
      : scope.workspaceId === null
        ? await db.query<Row>(`select ${COLUMNS} from audit_log where workspace_id is null and seq > $1 order by seq limit $2`, [afterSeq, limit])
        : await db.query<Row>(`select ${COLUMNS} from audit_log where workspace_id = $1 and seq > $2 order by seq limit $3`, [
            scope.workspaceId,
            afterSeq,
            limit,
          ]);
  return rows.map(toEntry);
}
