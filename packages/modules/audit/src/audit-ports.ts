import type { Database } from '@resonance/db';

/** What the audit module needs from elsewhere; the server wires it to identity-access. */
export interface AuditPorts {
  /** Display names by actor id (users, API tokens); unknown ids are simply absent. */
  actorNames(db: Database, workspaceId: string, ids: readonly string[]): Promise<Record<string, string>>;
}
