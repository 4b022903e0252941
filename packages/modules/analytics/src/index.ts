import { fileURLToPath } from 'node:url';
import { defineModule, type AppModule } from '@resonance/http';
import { analyticsRoutes } from './analytics.routes.js';
import { refreshRollupsJob } from './rollups/refresh-rollups.job.js';
import type { AnalyticsPorts } from './overview.types.js';

export const ANALYTICS_MIGRATIONS_DIR = fileURLToPath(new URL('../migrations', import.meta.url));

/** Analytics reads the event store by SQL; accounts and the workspace time zone come through ports. Owns saved queries, dashboards, goals and rollups. */
export function createAnalyticsModule(ports: AnalyticsPorts): AppModule {
  return defineModule({
    name: 'analytics',
    migrationsDir: ANALYTICS_MIGRATIONS_DIR,
    routes: (ctx) => analyticsRoutes(ctx, ports),
    jobs: () => [refreshRollupsJob(ports)],
  });
}

export { computeOverview, DEFAULT_DAYS, MIN_DAYS, MAX_DAYS, type OverviewInput } from './overview.service.js';
export { loadOverview } from './load-overview.js';
export { overviewResponse } from './overview.schema.js';
export type { AnalyticsAccount, AnalyticsPorts, Overview, OverviewOptions, Compare, DailyPoint } from './overview.types.js';
export { METRICS, DEFAULT_IV_WEIGHTS } from './catalog/metrics.catalog.js';
export type { MetricDefinition, MetricFormula, MetricUnit } from './catalog/metric.types.js';
export { evaluateMetric, evaluateMetricToDate, hasValueToDate, isEvaluable, type EvaluateOptions, type MetricPoint } from './catalog/evaluate-metric.js';
export { postLeaderboard, type Leaderboard, type LeaderboardPost } from './content/leaderboard.service.js';
export { compareContent, type ContentComparison } from './content/compare.service.js';
export { contentHeatmap, type ContentHeatmap } from './content/heatmap.service.js';
export { createGoal, updateGoal, archiveGoal, getGoal, listGoals, type Goal, type GoalEnv } from './goals/goals.service.js';
export { runFunnel, listFunnelFans, funnelFansCsv, FUNNEL_CSV_MAX_ROWS } from './funnels/funnel.service.js';
export { funnelBody, funnelFansBody, funnelResponse, type FunnelQuery, type FunnelResult, type FunnelFan } from './funnels/funnel.schema.js';
export { funnelCtes, type FunnelSqlInput } from './funnels/funnel.sql.js';
export { runRetention } from './retention/retention.service.js';
export { retentionBody, retentionResponse, type RetentionQuery, type RetentionResult } from './retention/retention.schema.js';
export { runPaths } from './paths/paths.service.js';
export { pathsBody, pathsResponse, type PathsQuery, type PathsResult } from './paths/paths.schema.js';
export { listEventNames } from './query-support/event-names.service.js';
export { refreshRollups, REFRESH_ROLLUPS_JOB } from './rollups/refresh-rollups.job.js';
export { forgetFanActivity, invalidateRollup } from './rollups/rollup.repository.js';
