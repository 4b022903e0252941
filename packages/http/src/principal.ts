import type { Role } from '@resonance/kernel';

/** Who is calling: nobody, a signed-in user (cookie session), or an API token bound to one workspace. */
export type Principal =
  | { kind: 'anonymous' }
  | { kind: 'user'; userId: string; sessionId: string; csrfToken: string; locale: string }
  | { kind: 'token'; tokenId: string; workspaceId: string; role: Role; createdBy: string };

export const ANONYMOUS: Principal = { kind: 'anonymous' };

/** The identity module implements this; the server uses it on every request. */
export interface AuthPort {
  authenticate(credentials: { sessionToken?: string; bearerToken?: string }): Promise<Principal>;
  /** The principal's role in a workspace, or null when it is not a member (the route answers 404). */
  roleIn(principal: Principal, workspaceId: string): Promise<Role | null>;
}

export function actorId(p: Principal): string | null {
  if (p.kind === 'user') return p.userId;
  if (p.kind === 'token') return p.tokenId;
  return null;
}
