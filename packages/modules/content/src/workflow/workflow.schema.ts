import { workspaceParams } from '@resonance/http';
import { z } from 'zod';
import { CONTENT_STATES, USER_ACTIONS } from './state-machine.js';

export const contentParams = workspaceParams.extend({ contentId: z.string().min(1) });

export const transitionBody = z.object({
  action: z.enum(USER_ACTIONS),
  /** Required for reject. */
  reason: z.string().trim().max(2000).optional(),
  /** schedule only: sets every variant's publish time (ISO 8601). */
  scheduledAt: z.iso.datetime({ offset: true }).optional(),
});

const findingSchema = z.object({
  rule: z.string(),
  category: z.string(),
  severity: z.string(),
  field: z.enum(['title', 'body']),
  start: z.number().int(),
  end: z.number().int(),
  excerpt: z.string(),
  suggestion: z.string(),
  explanation: z.string(),
  variantId: z.string().nullable(),
});

export const complianceReportSchema = z.object({
  findings: z.array(findingSchema),
  riskScore: z.number(),
  decision: z.enum(['auto_pass', 'human_review', 'block']),
  checkedAt: z.string(),
});

export const reviewSchema = z.object({
  id: z.string(),
  round: z.number().int(),
  level: z.number().int(),
  reviewerId: z.string(),
  decision: z.enum(['approved', 'rejected']),
  reason: z.string().nullable(),
  createdAt: z.date(),
});

export const waitingSchema = z.object({
  round: z.number().int(),
  level: z.number().int(),
  role: z.string(),
  requiredApprovals: z.number().int(),
  approvals: z.number().int(),
  since: z.date(),
  slaHours: z.number().int(),
  dueAt: z.date(),
  overdue: z.boolean(),
});

export const workflowViewSchema = z.object({
  contentId: z.string(),
  status: z.enum(CONTENT_STATES),
  ownerId: z.string(),
  brandId: z.string().nullable(),
  statusChangedAt: z.date().nullable(),
  compliance: complianceReportSchema.nullable(),
  rejection: z
    .object({ reasons: z.array(z.string()), by: z.string().nullable(), at: z.string(), level: z.number().int(), automatic: z.boolean() })
    .nullable(),
  levels: z.array(z.object({ level: z.number().int(), role: z.string(), approvals: z.number().int(), slaHours: z.number().int() })),
  waiting: waitingSchema.nullable(),
  reviews: z.array(reviewSchema),
  allowedActions: z.array(z.enum(USER_ACTIONS)),
});

export const reviewListResponse = z.object({ items: z.array(reviewSchema) });

export const inboxResponse = z.object({
  items: z.array(
    z.object({
      contentId: z.string(),
      title: z.string().nullable(),
      excerpt: z.string(),
      brandId: z.string().nullable(),
      ownerId: z.string(),
      riskScore: z.number(),
      decision: z.string().nullable(),
      findings: z.array(findingSchema),
      waiting: waitingSchema,
      waitingHours: z.number(),
    }),
  ),
});
