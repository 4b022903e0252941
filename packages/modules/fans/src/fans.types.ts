export const IDENTITY_KINDS = ['platform_user', 'unionid', 'email', 'phone', 'external_id', 'anonymous_id'] as const;
export type IdentityKind = (typeof IDENTITY_KINDS)[number];
/** Kinds whose values are personal data: stored encrypted, shown masked without `fans.pii`. */
export const PII_KINDS: readonly IdentityKind[] = ['email', 'phone'];

export interface NewIdentity {
  kind: IdentityKind;
  /** E.g. the account id for platform user ids, the app id for a unionid; '' when global. */
  namespace?: string;
  value: string;
}

export interface NewFan {
  /** Pre-allocated `fan_…` id (bulk loaders that reference fans from events); default a new id. */
  id?: string;
  displayName: string;
  traits?: Record<string, unknown> | null;
  firstSeenAt?: Date | null;
  lastSeenAt?: Date | null;
  createdAt?: Date;
  identities?: NewIdentity[];
}

export interface FanIdentityDto {
  kind: IdentityKind;
  namespace: string;
  value: string;
  /** True when `value` is masked personal data. */
  masked: boolean;
}

export interface FanDto {
  id: string;
  displayName: string;
  traits: Record<string, unknown>;
  firstSeenAt: string | null;
  lastSeenAt: string | null;
  createdAt: string;
  identities: FanIdentityDto[];
}
