import type { Principal } from '@resonance/http';

/**
 * The person an action is attributed to in content history and as default owner: the signed-in user,
 * or the user who created the API token (a token is not a member; its creator is).
 */
export function actingUser(p: Principal): string | null {
  if (p.kind === 'user') return p.userId;
  if (p.kind === 'token') return p.createdBy;
  return null;
}
