import { fileURLToPath } from 'node:url';
import { defineModule, type AppModule } from '@resonance/http';
import type { CompliancePorts } from './compliance.ports.js';
import { complianceRoutes } from './compliance.routes.js';

export const COMPLIANCE_MIGRATIONS_DIR = fileURLToPath(new URL('../migrations', import.meta.url));

/** Compliance lexicons per workspace, the check API (on @resonance/nlp) and compliance metrics. */
export function createComplianceModule(ports: CompliancePorts): AppModule {
  return defineModule({
    name: 'compliance',
    migrationsDir: COMPLIANCE_MIGRATIONS_DIR,
    routes: (ctx) => complianceRoutes(ctx, ports),
  });
}

export type { CompliancePorts } from './compliance.ports.js';
export { checkContentCompliance, toContentReport, type ContentComplianceReport } from './check/content-port.js';
export { checkText } from './check/check.service.js';
export type { CheckInput, ComplianceReport, FieldFinding, ComplianceDecision } from './check/check.types.js';
export { complianceMetrics, VIOLATION_RATE_TARGET, type ComplianceMetrics } from './metrics/metrics.service.js';
export { ensureDefaultLexicons } from './lexicons/install-defaults.js';
export { listLexicons, createLexicon, updateLexicon, deleteLexicon, getLexicon } from './lexicons/lexicons.service.js';
export { listTerms, addTerm, updateTerm, removeTerm } from './lexicons/terms.service.js';
export { importLexicon, exportLexicon, type ImportResult } from './transfer/transfer.service.js';
export { DEFAULT_LEXICONS, type DefaultLexicon, type DefaultTerm } from './defaults/index.js';
export { LEXICON_CATEGORIES, SEVERITIES, type Lexicon, type Term, type LexiconCategory } from './lexicons/lexicon.types.js';
