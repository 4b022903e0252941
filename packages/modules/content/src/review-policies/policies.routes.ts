import { actorId, defineRoute, workspaceParams } from '@resonance/http';
import type { ContentRouteFactory } from '../deps.js';
import { brandPolicyParams, policyBody, policyListResponse, policySchema } from './policies.schema.js';
import { listReviewPolicies, removeBrandPolicy, saveReviewPolicy } from './policies.service.js';

export const reviewPolicyRoutes: ContentRouteFactory = (ctx) => [
  defineRoute({
    method: 'get',
    path: '/workspaces/{workspaceId}/review-policies',
    access: 'content.read',
    summary: 'Review policies: the workspace default (built-in until saved) and per-brand overrides',
    tags: ['review'],
    params: workspaceParams,
    response: policyListResponse,
    handler: async ({ params }) => listReviewPolicies(ctx.db, params.workspaceId),
  }),
  defineRoute({
    method: 'put',
    path: '/workspaces/{workspaceId}/review-policies/default',
    access: 'compliance.manage',
    summary: 'Set the workspace default review policy (human levels with role, approvals and SLA; auto-pass and high-risk thresholds)',
    tags: ['review'],
    params: workspaceParams,
    body: policyBody,
    response: policySchema,
    audit: 'review_policy.save',
    handler: async ({ params, body, principal, audit }) => {
      const p = await saveReviewPolicy(ctx.db, params.workspaceId, null, body, actorId(principal), ctx.clock.now());
      audit({ targetType: 'review_policy', targetId: p.id, after: p });
      return p;
    },
  }),
  defineRoute({
    method: 'put',
    path: '/workspaces/{workspaceId}/review-policies/brands/{brandId}',
    access: 'compliance.manage',
    summary: "Set a brand's own review policy (overrides the workspace default for the brand's content)",
    tags: ['review'],
    params: brandPolicyParams,
    body: policyBody,
    response: policySchema,
    audit: 'review_policy.save',
    handler: async ({ params, body, principal, audit }) => {
      const p = await saveReviewPolicy(ctx.db, params.workspaceId, params.brandId, body, actorId(principal), ctx.clock.now());
      audit({ targetType: 'review_policy', targetId: p.id, after: p });
      return p;
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/workspaces/{workspaceId}/review-policies/brands/{brandId}',
    access: 'compliance.manage',
    summary: "Remove a brand's own policy (its content falls back to the workspace default)",
    tags: ['review'],
    params: brandPolicyParams,
    status: 204,
    audit: 'review_policy.delete',
    handler: async ({ params, audit }) => {
      await removeBrandPolicy(ctx.db, params.workspaceId, params.brandId);
      audit({ targetType: 'review_policy', targetId: params.brandId });
      return undefined;
    },
  }),
];
