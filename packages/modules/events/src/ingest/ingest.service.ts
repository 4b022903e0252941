import type { Database } from '@resonance/db';
import { ValidationError } from '@resonance/kernel';
import type { IngestEvent, ParsedItem, Rejection } from './ingest.types.js';
import { insertEventsOnce } from './ingest.repository.js';

export interface IngestResult {
  accepted: number;
  duplicates: number;
  rejected: Rejection[];
}

export interface IngestTarget {
  workspaceId: string;
  sourceId: string;
  /** Default `platform` of the stored rows (the source's kind for SDK sources). */
  platform: string;
}

/**
 * Stores the valid events of a request and reports the invalid ones by index (ADR 0008). When
 * nothing is valid the whole request is a 400 naming every field. The 2xx the route sends after
 * this returns means the rows are committed (one statement, synchronous).
 */
export async function ingestParsed(db: Database, target: IngestTarget, items: readonly ParsedItem[], receivedAt: Date): Promise<IngestResult> {
  const events: IngestEvent[] = [];
  const rejected: Rejection[] = [];
  for (const item of items) {
    if (item.ok) events.push(item.event);
    else rejected.push(item.rejection);
  }
  if (events.length === 0 && rejected.length > 0) {
    throw new ValidationError(rejected.map((r) => ({ path: r.path, message: r.message })));
  }
  const { inserted, duplicates } = await insertEventsOnce(db, target.workspaceId, target.sourceId, target.platform, receivedAt, events);
  return { accepted: inserted, duplicates, rejected };
}
