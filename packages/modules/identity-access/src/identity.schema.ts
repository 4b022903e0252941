import type { Role } from '@resonance/kernel';

/** Row types of the tables this module owns (see migrations/202611220100_identity_init.sql). */
export type Locale = 'zh-CN' | 'en';
export const LOCALES = ['zh-CN', 'en'] as const;

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  locale: Locale;
  created_at: Date;
  disabled_at: Date | null;
}

export interface WorkspacesTable {
  id: string;
  name: string;
  time_zone: string;
  created_by: string;
  created_at: Date;
  deleted_at: Date | null;
}

export interface MembershipsTable {
  workspace_id: string;
  user_id: string;
  role: Role;
  created_at: Date;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  token_hash: string;
  csrf_token: string;
  ip: string;
  user_agent: string;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
}

export interface InvitesTable {
  id: string;
  workspace_id: string;
  email: string | null;
  role: Role;
  code_hash: string;
  created_by: string;
  created_at: Date;
  expires_at: Date;
  accepted_at: Date | null;
  accepted_by: string | null;
  revoked_at: Date | null;
}

export interface ApiTokensTable {
  id: string;
  workspace_id: string;
  name: string;
  role: Role;
  token_hash: string;
  token_prefix: string;
  created_by: string;
  created_at: Date;
  last_used_at: Date | null;
  expires_at: Date | null;
  revoked_at: Date | null;
}

/** `id` (identity column) is left out: the module never reads it. */
export interface LoginAttemptsTable {
  scope: 'email' | 'ip';
  key: string;
  attempted_at: Date;
}

export interface IdentityTables {
  users: UsersTable;
  workspaces: WorkspacesTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  invites: InvitesTable;
  api_tokens: ApiTokensTable;
  login_attempts: LoginAttemptsTable;
}
