import { fileURLToPath } from 'node:url';
import { defineModule, type AppModule } from '@resonance/http';

/** The event store. No routes yet: ingestion (R2) and analytics (SQL over `events`) build on it. */
export const eventsModule: AppModule = defineModule({
  name: 'events',
  migrationsDir: fileURLToPath(new URL('../migrations', import.meta.url)),
});

export { appendEvents, countEvents, APPEND_CHUNK } from './events.repository.js';
export { withEventsBulkLoad } from './bulk-load.js';
export { CORE_EVENT_NAMES, EVENT_COLUMNS, type CoreEventName, type NewEvent } from './event.types.js';
