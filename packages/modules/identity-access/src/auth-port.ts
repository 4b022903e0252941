import type { Clock, Role } from '@resonance/kernel';
import type { Database } from '@resonance/db';
import { ANONYMOUS, type AuthPort, type Principal } from '@resonance/http';
import { authenticateApiToken } from './api-token.service.js';
import { memberRole } from './membership.service.js';
import { authenticateSession } from './session.service.js';

/**
 * How the server recognises callers. A bearer token, when sent, decides alone (an invalid one is
 * anonymous, never a fallback to the cookie); otherwise the session cookie.
 */
export function createAuthPort(db: Database, clock: Clock): AuthPort {
  return {
    async authenticate({ sessionToken, bearerToken }): Promise<Principal> {
      if (bearerToken) return (await authenticateApiToken(db, clock, bearerToken)) ?? ANONYMOUS;
      if (sessionToken) return (await authenticateSession(db, clock, sessionToken)) ?? ANONYMOUS;
      return ANONYMOUS;
    },
    async roleIn(principal: Principal, workspaceId: string): Promise<Role | null> {
      if (principal.kind === 'user') return memberRole(db, workspaceId, principal.userId);
      if (principal.kind === 'token') return principal.workspaceId === workspaceId ? principal.role : null;
      return null;
    },
  };
}
