import { fileURLToPath } from 'node:url';
import { defineModule, type AppModule } from '@resonance/http';
import { consentRoutes } from './consent.routes.js';
import { fansRoutes } from './fans.routes.js';

export const fansModule: AppModule = defineModule({
  name: 'fans',
  migrationsDir: fileURLToPath(new URL('../migrations', import.meta.url)),
  routes: (ctx) => [...fansRoutes(ctx), ...consentRoutes(ctx)],
});

export { insertFans, insertFanIdentities, findFanByIdentity } from './insert-fans.service.js';
export { listFans, getFan, type FanViewer } from './list-fans.service.js';
export { getFanProfile, type FanProfileDto } from './fan-profile.service.js';
export { fanMergeHistory, type FanMergeDto } from './merge-history.service.js';
export { parseTraitFilter, type FanFilters } from './fan-search.js';
export { normalizeIdentityValue, piiLookupHash, PII_PURPOSE } from './pii.js';
export { IDENTITY_KINDS, PII_KINDS, type IdentityKind, type NewFan, type NewIdentity, type FanDto, type FanIdentityDto } from './fans.types.js';
export { resolveFan, type ResolveInput, type ResolveOptions, type ResolveResult, type IdentityConflict } from './resolve-fan.service.js';
export type { IdentityInput, ResolvedIdentity } from './prepare-identities.js';
export { resolveEventFans, type EventIdentityRequest, type EventIdentityResult } from './resolve-event-fans.service.js';
export { mergeFans, listFanMerges, type FanMerge } from './merge-fans.service.js';
export { undoMerge } from './undo-merge.service.js';
export type { MergeReason, MergeSummary } from './perform-merge.js';
export { canonicalFanId } from './canonical.service.js';
export { setConsent, recordConsent, getConsent, listConsentRecords, type ConsentInput, type ConsentResult } from './consent.service.js';
export type { ConsentRecord } from './consent-record.repository.js';
export { fanDataScope, fanRecord, eraseFanProfile, type FanDataScope, type FanRecord, type ErasedProfile } from './data-subject.service.js';
export type { ConsentEntry } from './profile.repository.js';
export { getIdentityRules, setIdentityRules } from './identity-rules.service.js';
export { DEFAULT_IDENTITY_RULES, parseIdentityRules, type IdentityRules } from './identity-rules.js';
export { isJunkIdentityValue } from './junk.js';
export { toE164 } from './phone.js';
export type { TraitUpdate } from './traits.js';
