import type { Database } from '@resonance/db';
import { computeOverview } from './overview.service.js';
import type { AnalyticsPorts, Overview, OverviewOptions } from './overview.types.js';

/** computeOverview with the time zone and accounts fetched through the ports (what the route runs). */
export async function loadOverview(ports: AnalyticsPorts, db: Database, workspaceId: string, opts: OverviewOptions): Promise<Overview> {
  const [timeZone, accounts] = await Promise.all([ports.workspaceTimeZone(db, workspaceId), ports.listAccounts(db, workspaceId)]);
  return computeOverview(db, workspaceId, { ...opts, timeZone, accounts });
}
