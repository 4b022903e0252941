import { canAssignRole, conflict, forbidden, type Role } from '@resonance/kernel';

/**
 * Who may change or remove whom (pure). `newRole` null means removal.
 * - the actor must be allowed to grant the new role (only an owner grants owner);
 * - only an owner may change or remove an owner;
 * - the last owner cannot be demoted or removed (409).
 */
export function assertMemberChangeAllowed(input: {
  actorRole: Role;
  targetRole: Role;
  newRole: Role | null;
  ownerCount: number;
}): void {
  const { actorRole, targetRole, newRole, ownerCount } = input;
  if (newRole !== null && !canAssignRole(actorRole, newRole)) {
    throw forbidden(`A member with role ${actorRole} cannot assign the role ${newRole}`);
  }
  if (targetRole === 'owner' && actorRole !== 'owner') {
    throw forbidden('Only an owner can change or remove another owner');
  }
  if (targetRole === 'owner' && newRole !== 'owner' && ownerCount <= 1) {
    throw conflict('The workspace must keep at least one owner', { reason: 'last_owner' });
  }
}

/** Roles one may grant through invites and API tokens. */
export function assertCanGrant(actorRole: Role, role: Role): void {
  if (!canAssignRole(actorRole, role)) throw forbidden(`A member with role ${actorRole} cannot grant the role ${role}`);
}
