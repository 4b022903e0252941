import { forbidden, type Role } from '@resonance/kernel';
import type { Principal } from '@resonance/http';

type UserPrincipal = Extract<Principal, { kind: 'user' }>;

/** Routes about "me" need a signed-in user (the server already keeps tokens off them). */
export function requireUser(p: Principal): UserPrincipal {
  if (p.kind !== 'user') throw forbidden('This route is for signed-in users');
  return p;
}

/** The person acting: the user, or the user who created the calling token. */
export function actingUserId(p: Principal): string {
  if (p.kind === 'user') return p.userId;
  if (p.kind === 'token') return p.createdBy;
  throw forbidden('Sign in required');
}

/** The caller's role on a workspace route (set by the server after its membership check). */
export function callerRole(role: Role | null): Role {
  if (!role) throw forbidden();
  return role;
}
