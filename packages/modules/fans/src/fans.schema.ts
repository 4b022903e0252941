import { z } from 'zod';
import { IDENTITY_KINDS } from './fans.types.js';

export const fansQuery = z.object({
  q: z.string().trim().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().regex(/^fan_[0-9a-z]+$/, 'cursor must be the nextCursor of a previous page').optional(),
});

export const fanParams = z.object({ workspaceId: z.string().min(1), fanId: z.string().min(1) });

export const fanIdentitySchema = z.object({
  kind: z.enum(IDENTITY_KINDS),
  namespace: z.string(),
  value: z.string(),
  masked: z.boolean(),
});

export const fanSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  traits: z.record(z.string(), z.unknown()),
  firstSeenAt: z.string().nullable(),
  lastSeenAt: z.string().nullable(),
  createdAt: z.string(),
  identities: z.array(fanIdentitySchema),
});

export const fanListResponse = z.object({ items: z.array(fanSchema), nextCursor: z.string().nullable() });
