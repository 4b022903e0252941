import { MATRIX, ROLES, canAssignRole, type Permission, type Role } from '@resonance/kernel/permissions';

export { ROLES, canAssignRole, type Permission, type Role };

export function roleCan(role: string | undefined, permission: Permission): boolean {
  if (!role || !(role in MATRIX)) return false;
  return MATRIX[role as Role].includes(permission);
}
