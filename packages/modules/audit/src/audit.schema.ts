import { z } from 'zod';

export const auditFilterQuery = z.object({
  actorId: z.string().min(1).optional(),
  action: z
    .string()
    .min(1)
    .max(120)
    .regex(/^[^*]*\*?$/, 'use an exact action or a prefix ending in * (e.g. member.*)')
    .optional(),
  targetType: z.string().min(1).optional(),
  targetId: z.string().min(1).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});

export const auditListQuery = auditFilterQuery.extend({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().regex(/^\d+$/, 'cursor must be the nextCursor of a previous page').optional(),
});

export const auditEntrySchema = z.object({
  id: z.string(),
  seq: z.number(),
  createdAt: z.string(),
  actorType: z.enum(['user', 'token', 'anonymous', 'system']),
  actorId: z.string().nullable(),
  actorName: z.string().optional(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  hash: z.string(),
});

export const auditListResponse = z.object({ items: z.array(auditEntrySchema), nextCursor: z.string().nullable() });

export const verifyResponse = z.object({
  ok: z.boolean(),
  chains: z.number(),
  checked: z.number(),
  broken: z.array(
    z.object({
      workspaceId: z.string().nullable(),
      seq: z.number(),
      id: z.string(),
      reason: z.enum(['hash_mismatch', 'link_mismatch', 'sequence_gap']),
    }),
  ),
});

/** Query strings → service filters. */
export function toFilters(q: z.output<typeof auditFilterQuery>) {
  return {
    actorId: q.actorId,
    action: q.action,
    targetType: q.targetType,
    targetId: q.targetId,
    from: q.from ? new Date(q.from) : undefined,
    to: q.to ? new Date(q.to) : undefined,
  };
}
