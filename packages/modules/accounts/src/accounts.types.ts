export const ACCOUNT_STATUSES = ['connected', 'credentials_saved', 'expired', 'disconnected'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

export interface Brand {
  id: string;
  workspaceId: string;
  name: string;
  description: string | null;
  createdAt: Date;
  archivedAt: Date | null;
}

/** A platform account as other modules see it: never any secret. */
export interface Account {
  id: string;
  workspaceId: string;
  brandId: string;
  platform: string;
  name: string;
  handle: string | null;
  remoteAccountId: string | null;
  status: AccountStatus;
  /** For sandbox accounts: the real platform kind they simulate (e.g. wechat_oa). */
  simulates: string | null;
  followersAtConnect: number | null;
  /** Names of the stored credential fields (or token keys), never their values. */
  credentialFieldsSet: string[];
  credentialsKeyId: string | null;
  connectedAt: Date | null;
  createdAt: Date;
  disconnectedAt: Date | null;
}

/** The platform whose accounts may simulate another platform kind. */
export const SANDBOX_PLATFORM = 'sandbox';

/** SecretBox purpose label of account credentials (bound into the ciphertext with the workspace id). */
export const CREDENTIALS_PURPOSE = 'account.credentials';
