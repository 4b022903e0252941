import { fileURLToPath } from 'node:url';
import { defineModule, type AppModule } from '@resonance/http';
import { createDebugRecorder } from './debugger/debug-recorder.js';
import { debugRoutes } from './debugger/debug.routes.js';
import { createIngestion } from './ingest/ingest.service.js';
import { createIngestWriter, type IngestWriter } from './ingest/ingest-writer.js';
import { nativeRoutes } from './ingest/native.routes.js';
import { createRateLimiter, DEFAULT_INGEST_RATE_LIMIT, type IngestRateLimit } from './ingest/rate-limit.js';
import { sdkRoutes } from './ingest/sdk.routes.js';
import type { ResolveEventFans } from './ingest/store-events.js';
import { applyRetentionJob } from './retention/apply-retention.job.js';
import { retentionRoutes } from './retention/retention.routes.js';
import { sourceRoutes } from './sources/source.routes.js';
import { createWriteKeyCache } from './sources/write-key-cache.js';
import { timelineRoutes } from './timeline/timeline.routes.js';

export const EVENTS_MIGRATIONS_DIR = fileURLToPath(new URL('../migrations', import.meta.url));

export interface EventsModuleOptions {
  /** Identity resolution for ingested events (the fans module's `resolveEventFans`); without it events keep the fanId they name. */
  resolveFans?: ResolveEventFans;
  rateLimit?: IngestRateLimit;
}

/** The event store, its sources (write keys) and ingestion (Segment, PostHog, native). Analytics reads `events` by SQL. */
export function createEventsModule(opts: EventsModuleOptions = {}): AppModule {
  const writers: IngestWriter[] = [];
  return defineModule({
    name: 'events',
    migrationsDir: EVENTS_MIGRATIONS_DIR,
    routes: (ctx) => {
      const debug = createDebugRecorder(ctx.db);
      const writer = createIngestWriter({ db: ctx.db, secrets: ctx.secrets, resolveFans: opts.resolveFans }, { logger: ctx.logger, afterWrite: debug.written });
      writers.push(writer);
      const ingestion = createIngestion({ writer, debug, limiter: createRateLimiter(opts.rateLimit ?? DEFAULT_INGEST_RATE_LIMIT, ctx.clock) });
      const writeKeys = createWriteKeyCache(ctx.db, () => ctx.clock.now().getTime());
      const deps = { db: ctx.db, clock: ctx.clock, ingestion, writeKeys };
      return [...sourceRoutes(deps), ...debugRoutes(deps), ...nativeRoutes(deps), ...sdkRoutes(deps), ...retentionRoutes(deps), ...timelineRoutes(deps)];
    },
    jobs: () => [applyRetentionJob()],
    close: async () => {
      await Promise.all(writers.map((w) => w.close()));
    },
  });
}

export { appendEvents, countEvents, APPEND_CHUNK } from './events.repository.js';
export { withEventsBulkLoad } from './bulk-load.js';
export { CORE_EVENT_NAMES, EVENT_COLUMNS, type CoreEventName, type NewEvent } from './event.types.js';
export { createSource, listSources, getSource, revokeSource, authenticateWriteKey } from './sources/source.service.js';
export { SOURCE_KINDS, type SourceKind, type EventSource, type NewSource } from './sources/source.schema.js';
export { storeEvents, type StoreDeps, type StoreRequest, type StoreResult, type IngestTarget, type ResolveEventFans } from './ingest/store-events.js';
export { DEFAULT_INGEST_RATE_LIMIT, type IngestRateLimit } from './ingest/rate-limit.js';
export { SDK_ROOT_PATHS } from './ingest/sdk.routes.js';
export { MAX_EVENT_BYTES, MAX_BATCH_BYTES } from './ingest/limits.js';
export type { IngestEvent, EventIdentity, EventWho } from './ingest/ingest.types.js';
export { eventsOfFans, streamEventsOfFans, countEventsOfFans, deleteEventsOfFans, anonymiseEventsOfFans, PRIVACY_CHUNK, type FanEvent, type FanEventScope } from './privacy/fan-events.repository.js';
export { ANONYMOUS_PROPERTY_KEYS, ANONYMISED_MARK } from './privacy/anonymous-keys.js';
export { getEventRetention, setEventRetention, applyEventRetention, deleteEventsOlderThan, RETENTION_CHUNK, type EventRetention } from './retention/retention.service.js';
export { APPLY_RETENTION_JOB } from './retention/apply-retention.job.js';
