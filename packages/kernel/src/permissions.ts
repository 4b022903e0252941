/**
 * Roles and the permission matrix. The single source of truth: the server checks it on every
 * route, the web app hides what a role cannot do, and docs/permissions.md is generated from it.
 */
export const ROLES = ['owner', 'admin', 'editor', 'reviewer', 'analyst', 'agent'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  'workspace.read': 'See the workspace, its brands and settings',
  'workspace.manage': 'Rename the workspace, change its time zone and settings',
  'workspace.delete': 'Delete the workspace',
  'members.read': 'See the member list',
  'members.manage': 'Invite members, change roles, remove members',
  'brands.manage': 'Create, rename and archive brands',
  'accounts.read': 'See connected platform accounts',
  'accounts.manage': 'Connect and disconnect accounts, enter platform credentials',
  'analytics.read': 'See the Overview, numbers and charts; run queries',
  'analytics.write': 'Save queries, build dashboards, set goals, create share links',
  'fans.read': 'See fan profiles (personal data masked)',
  'fans.pii': 'See unmasked personal data (phone, email) of fans',
  'fans.merge': 'Merge two fan profiles by hand, inspect and undo merges',
  'privacy.manage': 'Consent records, data-subject export and deletion, event retention',
  'events.write': 'Send events through the native ingestion API (server to server, connectors)',
  'audit.read': 'Read and verify the audit log',
  'tokens.manage': 'Create and revoke API tokens',
  'jobs.read': 'See background jobs and their failures',
  'content.read': 'See content items, the calendar, the asset library and review state',
  'content.write': 'Create and edit content items, variants and assets; comment; submit for review',
  'content.review': 'Approve or reject content in review (at the levels a brand assigns to the role)',
  'content.publish': 'Schedule approved content, reschedule, withdraw and take down published posts',
  'compliance.manage': 'Edit compliance lexicons and review policies; import and export lexicons',
} as const;
export type Permission = keyof typeof PERMISSIONS;

const ALL = Object.keys(PERMISSIONS) as Permission[];

export const MATRIX: Record<Role, readonly Permission[]> = {
  owner: ALL,
  admin: ALL.filter((p) => p !== 'workspace.delete'),
  editor: ['workspace.read', 'members.read', 'accounts.read', 'analytics.read', 'analytics.write', 'fans.read', 'content.read', 'content.write', 'content.publish'],
  reviewer: ['workspace.read', 'members.read', 'accounts.read', 'analytics.read', 'content.read', 'content.review'],
  analyst: ['workspace.read', 'members.read', 'accounts.read', 'analytics.read', 'analytics.write', 'fans.read', 'content.read'],
  agent: ['workspace.read', 'members.read', 'accounts.read', 'fans.read', 'content.read'],
};

/** Route-level access: a workspace permission, any signed-in user, or no sign-in at all. */
export type Access = Permission | 'authenticated' | 'public';

export function can(role: Role, permission: Permission): boolean {
  return MATRIX[role].includes(permission);
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Only an owner may grant or take away the owner role; nobody may raise a member above themselves. */
export function canAssignRole(actor: Role, target: Role): boolean {
  if (target === 'owner') return actor === 'owner';
  return can(actor, 'members.manage');
}
