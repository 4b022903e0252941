import type { Database } from '@resonance/db';
import { newId } from '@resonance/kernel';
import { SEVERITIES } from '../lexicons/lexicon.types.js';
import type { ComplianceReport } from './check.types.js';

const countBy = (keys: string[]) => keys.reduce<Record<string, number>>((m, k) => ((m[k] = (m[k] ?? 0) + 1), m), {});

/** Records one check of a content item for the compliance metrics. */
export async function insertCheckRow(db: Database, workspaceId: string, contentId: string, r: ComplianceReport, at: Date): Promise<void> {
  const categories = countBy(r.findings.map((f) => f.category));
  const severities = countBy(r.findings.map((f) => f.severity));
  const maxSeverity = [...SEVERITIES].reverse().find((s) => severities[s]) ?? null;
  await db.query(
    `insert into compliance_checks (id, workspace_id, content_id, decision, risk_score, finding_count, categories, max_severity,
       category_counts, severity_counts, checked_at)
     values ($1, $2, $3, $4, $5, $6, $7::text[], $8, $9::jsonb, $10::jsonb, $11)`,
    [newId('chk', at.getTime()), workspaceId, contentId, r.decision, Math.round(r.riskScore), r.findings.length, Object.keys(categories).sort(), maxSeverity,
      JSON.stringify(categories), JSON.stringify(severities), at],
  );
}
