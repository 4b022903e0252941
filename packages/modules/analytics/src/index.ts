import { fileURLToPath } from 'node:url';
import { defineModule, type AppModule } from '@resonance/http';
import { analyticsRoutes } from './analytics.routes.js';
import type { AnalyticsPorts } from './overview.types.js';

export const ANALYTICS_MIGRATIONS_DIR = fileURLToPath(new URL('../migrations', import.meta.url));

/** Analytics reads the event store by SQL; accounts and the workspace time zone come through ports. Owns saved queries, dashboards, goals and rollups. */
export function createAnalyticsModule(ports: AnalyticsPorts): AppModule {
  return defineModule({ name: 'analytics', migrationsDir: ANALYTICS_MIGRATIONS_DIR, routes: (ctx) => analyticsRoutes(ctx, ports) });
}

export { computeOverview, DEFAULT_DAYS, MIN_DAYS, MAX_DAYS, type OverviewInput } from './overview.service.js';
export { loadOverview } from './load-overview.js';
export { overviewResponse } from './overview.schema.js';
export type { AnalyticsAccount, AnalyticsPorts, Overview, OverviewOptions, Compare, DailyPoint } from './overview.types.js';
export { METRICS, DEFAULT_IV_WEIGHTS } from './catalog/metrics.catalog.js';
export type { MetricDefinition, MetricFormula, MetricUnit } from './catalog/metric.types.js';
