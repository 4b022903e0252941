import { ValidationError } from '@resonance/kernel';
import type { DebugRecorder } from '../debugger/debug-recorder.js';
import type { IngestEvent, ParsedItem, Rejection } from './ingest.types.js';
import type { IngestWriter } from './ingest-writer.js';
import type { RateLimiter } from './rate-limit.js';
import type { IngestTarget } from './store-events.js';

export interface IngestResult {
  accepted: number;
  duplicates: number;
  rejected: Rejection[];
}

export interface Ingestion {
  /**
   * Stores the valid events of a request and reports the invalid ones by index (ADR 0008). When
   * nothing is valid the whole request is a 400 naming every field. Returns once the rows are
   * committed (group commit, see `createIngestWriter`), so the 2xx the route sends means stored.
   */
  ingest(target: IngestTarget, items: readonly ParsedItem[], receivedAt: Date): Promise<IngestResult>;
  /** Our own schema (native API): all events valid or a 400 before this. */
  ingestValid(target: IngestTarget, events: readonly IngestEvent[], receivedAt: Date): Promise<{ accepted: number; duplicates: number }>;
}

export function createIngestion(deps: { writer: IngestWriter; limiter: RateLimiter; debug: DebugRecorder }): Ingestion {
  const write = async (target: IngestTarget, events: readonly IngestEvent[], receivedAt: Date) => {
    const { inserted, duplicates } = await deps.writer.write({ target, events, receivedAt });
    return { accepted: inserted, duplicates };
  };
  return {
    async ingest(target, items, receivedAt) {
      const events: IngestEvent[] = [];
      const bad: { rejection: Rejection; excerpt: string }[] = [];
      for (const item of items) {
        if (item.ok) events.push(item.event);
        else bad.push(item);
      }
      if (bad.length > 0) await deps.debug.rejected(target.workspaceId, target.sourceId, receivedAt, bad);
      const rejected = bad.map((b) => b.rejection);
      if (events.length === 0) throw new ValidationError(rejected.map((r) => ({ path: r.path, message: r.message })));
      deps.limiter.take(target.sourceId, events.length);
      return { ...(await write(target, events, receivedAt)), rejected };
    },
    async ingestValid(target, events, receivedAt) {
      deps.limiter.take(target.sourceId, events.length);
      return write(target, events, receivedAt);
    },
  };
}
