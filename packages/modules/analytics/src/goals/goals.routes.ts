import type { Database } from '@resonance/db';
import { actorId, defineRoute, workspaceParams, type AnyRoute, type ModuleContext } from '@resonance/http';
import type { AnalyticsPorts } from '../overview.types.js';
import { goalListResponse, goalParams, goalPatchBody, goalSchema, goalsQuery, newGoalBody } from './goals.schema.js';
import { archiveGoal, createGoal, getGoal, listGoals, updateGoal, type Goal, type GoalEnv } from './goals.service.js';

async function envOf(ports: AnalyticsPorts, db: Database, workspaceId: string, now: Date): Promise<GoalEnv> {
  const [timeZone, accounts] = await Promise.all([ports.workspaceTimeZone(db, workspaceId), ports.listAccounts(db, workspaceId)]);
  return { timeZone, accounts, now };
}

/** What the audit log keeps of a goal (no progress series). */
const auditOf = ({ progress: _p, forecast: _f, ...g }: Goal) => g;

export function goalsRoutes(ctx: ModuleContext, ports: AnalyticsPorts): AnyRoute[] {
  const env = (workspaceId: string) => envOf(ports, ctx.db, workspaceId, ctx.clock.now());
  return [
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/goals',
      access: 'analytics.read',
      summary: 'Goals (OKR) with progress and a linear-trend forecast; archived ones with includeArchived=true',
      tags: ['goals'],
      params: workspaceParams,
      query: goalsQuery,
      response: goalListResponse,
      handler: async ({ params, query }) =>
        listGoals(ctx.db, params.workspaceId, { includeArchived: query.includeArchived === 'true' }, await env(params.workspaceId)),
    }),
    defineRoute({
      method: 'post',
      path: '/workspaces/{workspaceId}/goals',
      access: 'analytics.write',
      summary: 'Create a goal: a target (absolute or % change from the baseline) on a catalog metric between two local dates',
      tags: ['goals'],
      params: workspaceParams,
      body: newGoalBody,
      response: goalSchema,
      audit: 'goal.create',
      handler: async ({ params, body, principal, audit }) => {
        const goal = await createGoal(ctx.db, params.workspaceId, body, actorId(principal) ?? 'system', await env(params.workspaceId));
        audit({ targetType: 'goal', targetId: goal.id, after: auditOf(goal) });
        return goal;
      },
    }),
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/goals/{goalId}',
      access: 'analytics.read',
      summary: 'One goal with its progress and forecast',
      tags: ['goals'],
      params: goalParams,
      response: goalSchema,
      handler: async ({ params }) => getGoal(ctx.db, params.workspaceId, params.goalId, await env(params.workspaceId)),
    }),
    defineRoute({
      method: 'patch',
      path: '/workspaces/{workspaceId}/goals/{goalId}',
      access: 'analytics.write',
      summary: 'Change a goal (name, metric, account, baseline, target, dates, stage); archived goals cannot be changed',
      tags: ['goals'],
      params: goalParams,
      body: goalPatchBody,
      response: goalSchema,
      audit: 'goal.update',
      handler: async ({ params, body, audit }) => {
        const e = await env(params.workspaceId);
        const before = await getGoal(ctx.db, params.workspaceId, params.goalId, e);
        const goal = await updateGoal(ctx.db, params.workspaceId, params.goalId, body, e);
        audit({ targetType: 'goal', targetId: goal.id, before: auditOf(before), after: auditOf(goal) });
        return goal;
      },
    }),
    defineRoute({
      method: 'post',
      path: '/workspaces/{workspaceId}/goals/{goalId}/archive',
      access: 'analytics.write',
      summary: 'Archive a goal (kept, hidden from the Overview; idempotent)',
      tags: ['goals'],
      params: goalParams,
      status: 200,
      response: goalSchema,
      audit: 'goal.archive',
      handler: async ({ params, audit }) => {
        const goal = await archiveGoal(ctx.db, params.workspaceId, params.goalId, await env(params.workspaceId));
        audit({ targetType: 'goal', targetId: goal.id, after: auditOf(goal) });
        return goal;
      },
    }),
  ];
}
