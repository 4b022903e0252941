import { z } from 'zod';
import { ValidationError } from '@resonance/kernel';
import { IDENTITY_KINDS, type IdentityKind } from './fans.types.js';

/**
 * How identities link profiles, per workspace (stored in `fans_settings.identity_rules`; null = defaults).
 *  - priority: kinds, most trusted first. The input's highest-priority identity decides the target profile.
 *  - identifying: kinds that make a profile "identified"; two identified profiles are never merged by
 *    resolveFan, only by an explicit mergeFans.
 *  - limits: at most N identities of a kind per (profile, namespace); a link that would exceed it is refused.
 */
export interface IdentityRules {
  priority: IdentityKind[];
  identifying: IdentityKind[];
  limits: Partial<Record<IdentityKind, number>>;
}

export const DEFAULT_IDENTITY_RULES: IdentityRules = {
  priority: ['external_id', 'unionid', 'platform_user', 'phone', 'email', 'anonymous_id'],
  identifying: ['external_id', 'unionid'],
  limits: { external_id: 1, unionid: 1 },
};

const kind = z.enum(IDENTITY_KINDS);
export const identityRulesSchema = z.object({
  priority: z
    .array(kind)
    .refine((p) => p.length === IDENTITY_KINDS.length && new Set(p).size === p.length, 'must list every identity kind exactly once'),
  identifying: z.array(kind).refine((p) => new Set(p).size === p.length, 'must not repeat a kind'),
  limits: z.partialRecord(kind, z.number().int().min(1).max(1000)),
});

/** Validates rules (errors name the field, e.g. `identityRules.limits.external_id`). */
export function parseIdentityRules(input: unknown): IdentityRules {
  const r = identityRulesSchema.safeParse(input);
  if (r.success) return r.data as IdentityRules;
  throw new ValidationError(r.error.issues.map((i) => ({ path: ['identityRules', ...i.path].join('.'), message: i.message })));
}

/** Kinds that are global to the workspace (namespace ''); the others need a namespace (account or app id). */
export const GLOBAL_KINDS: readonly IdentityKind[] = ['external_id', 'anonymous_id', 'email', 'phone'];
