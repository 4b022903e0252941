import type { Database } from '@resonance/db';
import { notFound } from '@resonance/kernel';
import { DEFAULT_POLICY_RULES, type PolicyRules } from './policy.js';
import { deleteBrandPolicy, selectEffectivePolicy, selectPolicies, upsertPolicy, type PolicyRecord } from './policies.repository.js';

export interface PolicyView extends PolicyRules {
  /** null for the built-in default (nothing saved yet). */
  id: string | null;
  brandId: string | null;
  updatedBy: string | null;
  updatedAt: Date | null;
}

const builtIn = (): PolicyView => ({ id: null, brandId: null, updatedBy: null, updatedAt: null, ...structuredClone(DEFAULT_POLICY_RULES) });

/** The workspace default (saved or built-in) and every brand's own policy. */
export async function listReviewPolicies(db: Database, workspaceId: string): Promise<{ default: PolicyView; brands: PolicyView[] }> {
  const all = await selectPolicies(db, workspaceId);
  return { default: all.find((p) => p.brandId === null) ?? builtIn(), brands: all.filter((p) => p.brandId !== null) };
}

/** The rules an item of this brand is reviewed under: the brand's, else the workspace default, else the built-in one. */
export async function effectiveRules(db: Database, workspaceId: string, brandId: string | null): Promise<PolicyRules> {
  const p = await selectEffectivePolicy(db, workspaceId, brandId);
  if (!p) return structuredClone(DEFAULT_POLICY_RULES);
  return { levels: p.levels, autoPassBelow: p.autoPassBelow, highRiskAt: p.highRiskAt, highRiskApprovals: p.highRiskApprovals };
}

export function saveReviewPolicy(db: Database, workspaceId: string, brandId: string | null, rules: PolicyRules, by: string | null, at: Date): Promise<PolicyRecord> {
  return upsertPolicy(db, workspaceId, brandId, rules, by, at);
}

export async function removeBrandPolicy(db: Database, workspaceId: string, brandId: string): Promise<void> {
  if (!(await deleteBrandPolicy(db, workspaceId, brandId))) throw notFound('review policy');
}
