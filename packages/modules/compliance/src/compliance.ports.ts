import type { Database } from '@resonance/db';

/** What the compliance module needs from others (wired by apps/server). */
export interface CompliancePorts {
  /** IANA zone of the workspace (metrics are by local day / week). */
  workspaceTimeZone(db: Database, workspaceId: string): Promise<string>;
}
