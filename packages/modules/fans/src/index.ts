import { fileURLToPath } from 'node:url';
import { defineModule, type AppModule } from '@resonance/http';
import { fansRoutes } from './fans.routes.js';

export const fansModule: AppModule = defineModule({
  name: 'fans',
  migrationsDir: fileURLToPath(new URL('../migrations', import.meta.url)),
  routes: (ctx) => fansRoutes(ctx),
});

export { insertFans, insertFanIdentities, findFanByIdentity } from './insert-fans.service.js';
export { listFans, getFan, type FanViewer } from './list-fans.service.js';
export { normalizeIdentityValue, piiLookupHash, PII_PURPOSE } from './pii.js';
export { IDENTITY_KINDS, PII_KINDS, type IdentityKind, type NewFan, type NewIdentity, type FanDto, type FanIdentityDto } from './fans.types.js';
