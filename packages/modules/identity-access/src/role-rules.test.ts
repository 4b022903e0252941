import { AppError } from '@resonance/kernel';
import { describe, expect, it } from 'vitest';
import { assertCanGrant, assertMemberChangeAllowed } from './role-rules.js';

const statusOf = (fn: () => void): number | 'ok' => {
  try {
    fn();
    return 'ok';
  } catch (e) {
    return (e as AppError).status;
  }
};

describe('member role rules', () => {
  it('lets an owner demote another owner while a second owner remains', () => {
    expect(statusOf(() => assertMemberChangeAllowed({ actorRole: 'owner', targetRole: 'owner', newRole: 'admin', ownerCount: 2 }))).toBe('ok');
  });

  it('refuses to demote or remove the last owner (409)', () => {
    expect(statusOf(() => assertMemberChangeAllowed({ actorRole: 'owner', targetRole: 'owner', newRole: 'admin', ownerCount: 1 }))).toBe(409);
    expect(statusOf(() => assertMemberChangeAllowed({ actorRole: 'owner', targetRole: 'owner', newRole: null, ownerCount: 1 }))).toBe(409);
    expect(statusOf(() => assertMemberChangeAllowed({ actorRole: 'owner', targetRole: 'owner', newRole: 'owner', ownerCount: 1 }))).toBe('ok');
  });

  it('keeps admins away from owners and from granting owner (403)', () => {
    expect(statusOf(() => assertMemberChangeAllowed({ actorRole: 'admin', targetRole: 'owner', newRole: 'editor', ownerCount: 2 }))).toBe(403);
    expect(statusOf(() => assertMemberChangeAllowed({ actorRole: 'admin', targetRole: 'owner', newRole: null, ownerCount: 2 }))).toBe(403);
    expect(statusOf(() => assertMemberChangeAllowed({ actorRole: 'admin', targetRole: 'editor', newRole: 'owner', ownerCount: 1 }))).toBe(403);
    expect(statusOf(() => assertMemberChangeAllowed({ actorRole: 'admin', targetRole: 'editor', newRole: 'admin', ownerCount: 1 }))).toBe('ok');
    expect(statusOf(() => assertMemberChangeAllowed({ actorRole: 'admin', targetRole: 'analyst', newRole: null, ownerCount: 1 }))).toBe('ok');
  });

  it('grants through invites and tokens follow canAssignRole', () => {
    expect(statusOf(() => assertCanGrant('owner', 'owner'))).toBe('ok');
    expect(statusOf(() => assertCanGrant('admin', 'owner'))).toBe(403);
    expect(statusOf(() => assertCanGrant('admin', 'agent'))).toBe('ok');
    expect(statusOf(() => assertCanGrant('editor', 'agent'))).toBe(403);
  });
});
