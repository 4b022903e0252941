import type { Database } from '@resonance/db';
import { systemClock, type Clock } from '@resonance/kernel';
import { lookupSalt, type Queryable } from './fans.repository.js';
import { DEFAULT_IDENTITY_RULES, parseIdentityRules, type IdentityRules } from './identity-rules.js';

/** The workspace's identity rules (the defaults until set). */
export async function getIdentityRules(db: Queryable, workspaceId: string): Promise<IdentityRules> {
  const rows = await db.query<{ identity_rules: unknown }>('select identity_rules from fans_settings where workspace_id = $1', [workspaceId]);
  const stored = rows[0]?.identity_rules;
  return stored ? parseIdentityRules(stored) : DEFAULT_IDENTITY_RULES;
}

/** Validates and stores the workspace's identity rules; applies to later resolves (existing profiles are not re-grouped). */
export async function setIdentityRules(db: Database, workspaceId: string, rules: unknown, clock: Clock = systemClock): Promise<IdentityRules> {
  const parsed = parseIdentityRules(rules);
  await lookupSalt(db, workspaceId, clock.now());
  await db.query('update fans_settings set identity_rules = $2::jsonb where workspace_id = $1', [workspaceId, JSON.stringify(parsed)]);
  return parsed;
}

type Key = { kind: string; namespace: string };

/** True when no (kind, namespace) holds more identities than the rules' limit. */
export function withinLimits(rules: IdentityRules, keys: readonly Key[]): boolean {
  const counts = new Map<string, number>();
  for (const k of keys) {
    const limit = rules.limits[k.kind as keyof IdentityRules['limits']];
    if (limit === undefined) continue;
    const c = (counts.get(`${k.kind}\u0000${k.namespace}`) ?? 0) + 1;
    if (c > limit) return false;
    counts.set(`${k.kind}\u0000${k.namespace}`, c);
  }
  return true;
}

/** A profile is identified when it holds an identity of an identifying kind. */
export const isIdentified = (rules: IdentityRules, keys: readonly Key[]) => keys.some((k) => (rules.identifying as string[]).includes(k.kind));
