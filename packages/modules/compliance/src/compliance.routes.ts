import type { AnyRoute, ModuleContext } from '@resonance/http';
import { checkRoutes } from './check/check.routes.js';
import type { CompliancePorts } from './compliance.ports.js';
import { lexiconsRoutes } from './lexicons/lexicons.routes.js';
import { termsRoutes } from './lexicons/terms.routes.js';
import { metricsRoutes } from './metrics/metrics.routes.js';
import { transferRoutes } from './transfer/transfer.routes.js';

export function complianceRoutes(ctx: ModuleContext, ports: CompliancePorts): AnyRoute[] {
  return [...lexiconsRoutes(ctx), ...termsRoutes(ctx), ...transferRoutes(ctx), ...checkRoutes(ctx), ...metricsRoutes(ctx, ports)];
}
