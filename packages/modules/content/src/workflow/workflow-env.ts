import type { Database } from '@resonance/db';
import type { ModuleContext } from '@resonance/http';
import type { Role } from '@resonance/kernel';
import type { ContentPorts } from '../ports.js';

/** What every workflow service needs: the database, the module context (clock, jobs, mailer) and three ports. */
export interface WorkflowEnv {
  db: Database;
  ctx: ModuleContext;
  ports: Pick<ContentPorts, 'checkCompliance' | 'notify' | 'takedown'>;
}

/** Who acts: a member (user or API token id, with their role) or the system (null id and role). */
export interface Actor {
  id: string | null;
  role: Role | null;
}

export const SYSTEM: Actor = { id: null, role: null };
