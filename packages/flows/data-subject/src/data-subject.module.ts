import { defineModule, type AppModule } from '@resonance/http';
import { dataSubjectRoutes } from './data-subject.routes.js';

/** Data-subject requests (PIPL/GDPR): export and erasure of one fan across the fans and events modules. No tables of its own. */
export const dataSubjectModule: AppModule = defineModule({
  name: 'data-subject',
  routes: (ctx) => dataSubjectRoutes(ctx),
});
