import { fileURLToPath } from 'node:url';
import { defineModule, type AppModule } from '@resonance/http';
import { auditRoutes } from './audit.routes.js';

export const auditModule: AppModule = defineModule({
  name: 'audit',
  migrationsDir: fileURLToPath(new URL('../migrations', import.meta.url)),
  routes: (ctx) => auditRoutes(ctx),
});

export { appendAuditEntry, createAuditLog } from './audit-log.service.js';
export { verifyAuditChain, type VerifyResult, type ChainBreak, type BreakReason } from './verify-chain.service.js';
export { listAuditEntries, type AuditEntryDto } from './list-entries.service.js';
export { csvCell } from './audit-csv.js';
export { GENESIS_HASH } from './audit-hash.js';
export { REDACTED, redactSecrets } from './redact.js';
export type { AuditEntry, AuditFilters, AuditPage, ActorType } from './audit.types.js';
