import { ROLES } from '@resonance/kernel';
import { z } from 'zod';
import { policyRulesSchema } from './policy.js';

export const policyBody = policyRulesSchema;

const levelView = z.object({ role: z.enum(ROLES), approvals: z.number().int(), slaHours: z.number().int() });
export const policySchema = z.object({
  id: z.string().nullable(),
  brandId: z.string().nullable(),
  levels: z.array(levelView),
  autoPassBelow: z.number().int().nullable(),
  highRiskAt: z.number().int(),
  highRiskApprovals: z.number().int(),
  updatedBy: z.string().nullable(),
  updatedAt: z.date().nullable(),
});
export const policyListResponse = z.object({ default: policySchema, brands: z.array(policySchema) });
export const brandPolicyParams = z.object({ workspaceId: z.string().min(1), brandId: z.string().min(1) });
