import type { Database } from '@resonance/db';
import { newId } from '@resonance/kernel';
import type { PolicyRules, ReviewLevel } from './policy.js';

export interface PolicyRecord extends PolicyRules {
  id: string;
  /** null: the workspace default. */
  brandId: string | null;
  updatedBy: string | null;
  updatedAt: Date;
}

interface Row {
  id: string;
  brand_id: string | null;
  levels: ReviewLevel[] | string;
  auto_pass_below: number | null;
  high_risk_at: number;
  high_risk_approvals: number;
  updated_by: string | null;
  updated_at: Date;
}

const COLUMNS = 'id, brand_id, levels, auto_pass_below, high_risk_at, high_risk_approvals, updated_by, updated_at';
const toRecord = (r: Row): PolicyRecord => ({
  id: r.id,
  brandId: r.brand_id,
  levels: typeof r.levels === 'string' ? (JSON.parse(r.levels) as ReviewLevel[]) : r.levels,
  autoPassBelow: r.auto_pass_below,
  highRiskAt: r.high_risk_at,
  highRiskApprovals: r.high_risk_approvals,
  updatedBy: r.updated_by,
  updatedAt: r.updated_at,
});

export async function selectPolicies(db: Database, workspaceId: string): Promise<PolicyRecord[]> {
  const rows = await db.query<Row>(`select ${COLUMNS} from review_policies where workspace_id = $1 order by brand_id nulls first, id`, [workspaceId]);
  return rows.map(toRecord);
}

/** The brand's policy, else the workspace default, else null. */
export async function selectEffectivePolicy(db: Database, workspaceId: string, brandId: string | null): Promise<PolicyRecord | null> {
  const [r] = await db.query<Row>(
    `select ${COLUMNS} from review_policies
      where workspace_id = $1 and (brand_id is null or brand_id = $2)
      order by brand_id nulls last limit 1`,
    [workspaceId, brandId],
  );
  return r ? toRecord(r) : null;
}

export async function upsertPolicy(db: Database, workspaceId: string, brandId: string | null, rules: PolicyRules, by: string | null, at: Date): Promise<PolicyRecord> {
  const [r] = await db.query<Row>(
    `insert into review_policies (id, workspace_id, brand_id, levels, auto_pass_below, high_risk_at, high_risk_approvals, updated_by, created_at, updated_at)
     values ($1, $2, $3, $4::jsonb, $5, $6, $7, $8, $9, $9)
     on conflict (workspace_id, coalesce(brand_id, '')) do update
        set levels = excluded.levels, auto_pass_below = excluded.auto_pass_below, high_risk_at = excluded.high_risk_at,
            high_risk_approvals = excluded.high_risk_approvals, updated_by = excluded.updated_by, updated_at = excluded.updated_at
     returning ${COLUMNS}`,
    [newId('rvp', at.getTime()), workspaceId, brandId, JSON.stringify(rules.levels), rules.autoPassBelow, rules.highRiskAt, rules.highRiskApprovals, by, at],
  );
  return toRecord(r!);
}

export async function deleteBrandPolicy(db: Database, workspaceId: string, brandId: string): Promise<boolean> {
  const rows = await db.query<{ id: string }>('delete from review_policies where workspace_id = $1 and brand_id = $2 returning id', [workspaceId, brandId]);
  return rows.length > 0;
}
