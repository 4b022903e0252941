import { z } from 'zod';
import { IDENTITY_KINDS } from './fans.types.js';

const FAN_ID = /^fan_[0-9a-z]+$/;

export const fansQuery = z.object({
  /** Display name (substring), a full identity value (phone, e-mail, user id …), a trait value (substring) or a fan id. */
  q: z.string().trim().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().regex(FAN_ID, 'cursor must be the nextCursor of a previous page').optional(),
  /** Only fans holding an identity of this kind. */
  kind: z.enum(IDENTITY_KINDS).optional(),
  /** Only fans with a platform user id on this account. */
  accountId: z.string().trim().min(1).max(100).optional(),
  /** Only fans whose current consent for this purpose is granted. */
  consent: z.string().regex(/^[a-z][a-z0-9_.-]{0,63}$/, 'must be a consent purpose such as marketing.email').optional(),
  /** Last seen at or after this time. */
  seenAfter: z.iso.datetime({ offset: true }).optional(),
  /** Last seen before this time. */
  seenBefore: z.iso.datetime({ offset: true }).optional(),
  /** `key=value`: the trait equals the value (as text), or is a list containing it. */
  trait: z.string().regex(/^[^=]{1,64}=[^]{0,200}$/, 'must be key=value').optional(),
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

export const consentEntrySchema = z.object({ granted: z.boolean(), at: z.string(), source: z.string(), textVersion: z.string() });

export const fanProfileSchema = fanSchema.extend({
  /** Per trait, when its current value was set (ISO time); absent when unknown (bulk-loaded traits). */
  traitTimes: z.record(z.string(), z.string()),
  /** Current consent decision per purpose. */
  consent: z.record(z.string(), consentEntrySchema),
  /** Every fan id whose events belong to this profile: its own and those merged into it. */
  mergedFanIds: z.array(z.string()),
});

export const mergeFanBody = z.object({ mergedId: z.string().regex(FAN_ID, 'must be a fan id') });

export const mergeSummarySchema = z.object({
  mergeId: z.string(),
  survivorId: z.string(),
  mergedId: z.string(),
  reason: z.enum(['identify', 'alias', 'shared_identifier', 'admin']),
  movedIdentities: z.number().int(),
});

export const fanMergeSchema = z.object({
  id: z.string(),
  survivorId: z.string(),
  mergedId: z.string(),
  reason: z.enum(['identify', 'alias', 'shared_identifier', 'admin']),
  /** The identities the merge moved; e-mail and phone masked without fans.pii (value '***' once erased). */
  movedIdentities: z.array(fanIdentitySchema),
  /** The merged profile as it was before the merge. */
  merged: z.object({ displayName: z.string(), traits: z.record(z.string(), z.unknown()), firstSeenAt: z.string().nullable(), lastSeenAt: z.string().nullable() }),
  actor: z.string(),
  createdAt: z.string(),
  undoneAt: z.string().nullable(),
  undoneBy: z.string().nullable(),
});

export const mergeParams = z.object({ workspaceId: z.string().min(1), mergeId: z.string().min(1) });

export const undoResultSchema = z.object({
  mergeId: z.string(),
  survivorId: z.string(),
  restoredId: z.string(),
  restoredIdentities: z.number().int(),
  undoneAt: z.string(),
});
