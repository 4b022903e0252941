import { newId } from '@resonance/kernel';
import type { Queryable } from './fans.repository.js';

/** One stored consent decision (fan_consent_records). */
export interface ConsentRecord {
  id: string;
  /** The profile it was recorded on (its canonical profile at the time). */
  fanId: string;
  purpose: string;
  granted: boolean;
  source: string;
  textVersion: string;
  /** When the person decided. */
  recordedAt: string;
  /** When it was written. */
  createdAt: string;
  /** A user or API token id, `cli` or `system`. */
  actor: string;
}

interface Row {
  id: string;
  fan_id: string;
  purpose: string;
  granted: boolean;
  source: string;
  text_version: string;
  recorded_at: Date;
  created_at: Date;
  actor: string;
}

const toRecord = (r: Row): ConsentRecord => ({
  id: r.id,
  fanId: r.fan_id,
  purpose: r.purpose,
  granted: r.granted,
  source: r.source,
  textVersion: r.text_version,
  recordedAt: r.recorded_at.toISOString(),
  createdAt: r.created_at.toISOString(),
  actor: r.actor,
});

export async function insertConsentRecord(
  q: Queryable,
  workspaceId: string,
  r: { fanId: string; purpose: string; granted: boolean; source: string; textVersion: string; recordedAt: Date; actor: string },
  now: Date,
): Promise<ConsentRecord> {
  const id = newId('fcons', now.getTime());
  const rows = await q.query<Row>(
    `insert into fan_consent_records (id, workspace_id, fan_id, purpose, granted, source, text_version, recorded_at, created_at, actor)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     returning id, fan_id, purpose, granted, source, text_version, recorded_at, created_at, actor`,
    [id, workspaceId, r.fanId, r.purpose, r.granted, r.source, r.textVersion, r.recordedAt, now, r.actor],
  );
  return toRecord(rows[0]!);
}

/** The records of the given fan ids, newest decision first (ties: newest written first). */
export async function selectConsentRecords(q: Queryable, workspaceId: string, fanIds: readonly string[]): Promise<ConsentRecord[]> {
  if (fanIds.length === 0) return [];
  const rows = await q.query<Row>(
    `select id, fan_id, purpose, granted, source, text_version, recorded_at, created_at, actor from fan_consent_records
      where workspace_id = $1 and fan_id = any($2::text[]) order by recorded_at desc, created_at desc, id desc`,
    [workspaceId, fanIds],
  );
  return rows.map(toRecord);
}
