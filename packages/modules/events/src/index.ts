import { fileURLToPath } from 'node:url';
import { defineModule, type AppModule } from '@resonance/http';
import { nativeRoutes } from './ingest/native.routes.js';
import { sdkRoutes } from './ingest/sdk.routes.js';
import { sourceRoutes } from './sources/source.routes.js';

/** The event store, its sources (write keys) and ingestion (Segment, PostHog, native). Analytics reads `events` by SQL. */
export const eventsModule: AppModule = defineModule({
  name: 'events',
  migrationsDir: fileURLToPath(new URL('../migrations', import.meta.url)),
  routes: (ctx) => [...sourceRoutes(ctx), ...nativeRoutes(ctx), ...sdkRoutes(ctx)],
});

export { appendEvents, countEvents, APPEND_CHUNK } from './events.repository.js';
export { withEventsBulkLoad } from './bulk-load.js';
export { CORE_EVENT_NAMES, EVENT_COLUMNS, type CoreEventName, type NewEvent } from './event.types.js';
export { createSource, listSources, getSource, revokeSource, authenticateWriteKey } from './sources/source.service.js';
export { SOURCE_KINDS, type SourceKind, type EventSource, type NewSource } from './sources/source.schema.js';
export { insertEventsOnce, type InsertOnceResult } from './ingest/ingest.repository.js';
export { SDK_ROOT_PATHS } from './ingest/sdk.routes.js';
export { MAX_EVENT_BYTES, MAX_BATCH_BYTES } from './ingest/limits.js';
export type { IngestEvent } from './ingest/ingest.types.js';
