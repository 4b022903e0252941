import { describe, expect, it } from 'vitest';
import { MATRIX, PERMISSIONS, ROLES, can, canAssignRole } from './permissions.js';

describe('permission matrix', () => {
  it('only grants known permissions', () => {
    for (const role of ROLES) for (const p of MATRIX[role]) expect(PERMISSIONS).toHaveProperty(p);
  });
  it('gives owners everything and admins all but deleting the workspace', () => {
    for (const p of Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]) {
      expect(can('owner', p)).toBe(true);
      expect(can('admin', p)).toBe(p !== 'workspace.delete');
    }
  });
  it('keeps PII and audit away from roles that do not need them', () => {
    for (const r of ['editor', 'reviewer', 'analyst', 'agent'] as const) {
      expect(can(r, 'fans.pii')).toBe(false);
      expect(can(r, 'audit.read')).toBe(false);
      expect(can(r, 'members.manage')).toBe(false);
    }
  });
  it('lets only owners grant ownership', () => {
    expect(canAssignRole('owner', 'owner')).toBe(true);
    expect(canAssignRole('admin', 'owner')).toBe(false);
    expect(canAssignRole('admin', 'editor')).toBe(true);
    expect(canAssignRole('editor', 'agent')).toBe(false);
  });
});
