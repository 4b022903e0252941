import { fileURLToPath } from 'node:url';
import { defineModule, type AppModule } from '@resonance/http';
import { auditRoutes } from './audit.routes.js';
import type { AuditPorts } from './audit-ports.js';

/** The audit module; `actorNames` (from identity-access, wired by the server) labels who did what. */
export const AUDIT_MIGRATIONS_DIR = fileURLToPath(new URL('../migrations', import.meta.url));

export function createAuditModule(ports: AuditPorts): AppModule {
  return defineModule({
    name: 'audit',
    migrationsDir: AUDIT_MIGRATIONS_DIR,
    routes: (ctx) => auditRoutes(ctx, ports),
  });
}

export type { AuditPorts } from './audit-ports.js';

export { appendAuditEntry, createAuditLog } from './audit-log.service.js';
export { verifyAuditChain, type VerifyResult, type ChainBreak, type BreakReason } from './verify-chain.service.js';
export { listAuditEntries, type AuditEntryDto } from './list-entries.service.js';
export { GENESIS_HASH } from './audit-hash.js';
export { REDACTED, redactSecrets } from './redact.js';
export type { AuditEntry, AuditFilters, AuditPage, ActorType } from './audit.types.js';
