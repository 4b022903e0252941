import { fileURLToPath } from 'node:url';
import { defineModule, type AppModule } from '@resonance/http';
import { publishingRoutes } from './publishing.routes.js';

/** Publications (what was published where). The publishing engine itself arrives in a later issue. */
export const publishingModule: AppModule = defineModule({
  name: 'publishing',
  migrationsDir: fileURLToPath(new URL('../migrations', import.meta.url)),
  routes: (ctx) => publishingRoutes(ctx),
});

export { insertPublications, listPublications } from './publications.service.js';
export { listLivePublicationsOfContent, markPublicationTakedown, type ContentPublication } from './content-publications.js';
export {
  FUNNEL_STAGES,
  MEDIA_KINDS,
  PUBLICATION_STATUSES,
  type FunnelStage,
  type MediaKind,
  type NewPublication,
  type PublicationDto,
  type PublicationStatus,
} from './publication.types.js';
