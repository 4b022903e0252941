import type { Database } from '@resonance/db';
import { DEFAULT_IV_WEIGHTS } from '../catalog/metrics.catalog.js';

/** The workspace's interaction-value weights (the catalog defaults until it sets its own). */
export async function ivWeightsOf(db: Database, workspaceId: string): Promise<Readonly<Record<string, number>>> {
  const rows = await db.query<{ iv_weights: Record<string, number> | null }>('select iv_weights from analytics_settings where workspace_id = $1', [workspaceId]);
  return rows[0]?.iv_weights ?? DEFAULT_IV_WEIGHTS;
}
