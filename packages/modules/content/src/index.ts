import { fileURLToPath } from 'node:url';
import { defineModule, type AppModule } from '@resonance/http';
import type { ContentJobFactory, ContentModuleDeps, ContentRouteFactory } from './deps.js';
import { activityRoutes } from './activity/activity.routes.js';
import { itemRoutes } from './items/items.routes.js';
import { linkRoutes } from './links/links.routes.js';
import { checkRoutes } from './rules/checks.routes.js';
import { variantRoutes } from './variants/variants.routes.js';
import { calendarRoutes } from './calendar/calendar.routes.js';
import { queueRoutes } from './queues/queues.routes.js';
import { commentRoutes } from './comments/comments.routes.js';
import { workflowRoutes } from './workflow/workflow.routes.js';
import { reviewPolicyRoutes } from './review-policies/policies.routes.js';
import { reviewSlaJobs } from './workflow/review-sla.job.js';

/**
 * Route factories of every subfolder, in mount order. To add yours (workflow, calendar, comments …):
 * one import line above and one entry here. Order matters for static paths: the router tries routes in
 * mount order, so e.g. `GET …/content/calendar` must come BEFORE `itemRoutes` (whose
 * `GET …/content/{contentId}` would otherwise answer it) — keep `itemRoutes` LAST.
 */
const ROUTES: ContentRouteFactory[] = [
  variantRoutes,
  checkRoutes,
  linkRoutes,
  activityRoutes,
  calendarRoutes,
  queueRoutes,
  commentRoutes,
  workflowRoutes,
  reviewPolicyRoutes,
  itemRoutes,
];

/** Job factories of every subfolder (same one-line convention). */
const JOBS: ContentJobFactory[] = [reviewSlaJobs];

/** Content studio: items, variants per account, platform rule checks, tracked links, activity, workflow, calendar, comments. */
export function createContentModule(deps: ContentModuleDeps): AppModule {
  return defineModule({
    name: 'content',
    migrationsDir: fileURLToPath(new URL('../migrations', import.meta.url)),
    routes: (ctx) => ROUTES.flatMap((f) => f(ctx, deps)),
    jobs: (ctx) => JOBS.flatMap((f) => f(ctx, deps)),
  });
}

export type { ContentJobFactory, ContentModuleDeps, ContentRouteFactory } from './deps.js';
export type * from './ports.js';
export { recordActivity, listActivity, type ActivityInput, type ActivityRecord } from './activity/activity.repository.js';
export { markPublishing, markPublished, markFailed } from './workflow/lifecycle.service.js';
export { checkReviewSla, REVIEW_SLA_JOB } from './workflow/review-sla.job.js';
export { CONTENT_STATES, USER_ACTIONS, type ContentState, type UserAction } from './workflow/state-machine.js';
export type { WorkflowEnv } from './workflow/workflow-env.js';
export { assetUsage, type AssetUse } from './items/asset-usage.js';
export { loadItem } from './items/items.service.js';
export type { ContentItem, ContentItemSummary, ContentVariant } from './items/items.schema.js';
export { FUNNEL_STAGES } from './items/items.schema.js';
export { notEditable, staleVersion, lockEditable } from './items/item-guards.js';
export { inTx, type Sql } from './tx.js';
