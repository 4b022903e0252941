import { can, maskEmail, maskPhone, maskPiiValues, type Role, type SecretBox } from '@resonance/kernel';
import type { FanDto, FanIdentityDto, IdentityKind } from './fans.types.js';
import type { FanRow, IdentityRow } from './fans.repository.js';
import { PII_PURPOSE } from './pii.js';

/** Whether the role sees personal data unmasked. */
export const seesPii = (role: Role | null) => role !== null && can(role, 'fans.pii');

/** Traits as the role may see them: e-mail/phone-like trait values masked without `fans.pii`. */
export const traitsFor = (traits: Record<string, unknown> | null, role: Role | null): Record<string, unknown> =>
  seesPii(role) ? (traits ?? {}) : (maskPiiValues(traits ?? {}) as Record<string, unknown>);

/** Decrypts PII identities and masks them unless the role may see personal data. */
export function toIdentityDto(row: IdentityRow, workspaceId: string, secrets: SecretBox, role: Role | null): FanIdentityDto {
  const kind = row.kind as IdentityKind;
  if (row.value_enc === null) return { kind, namespace: row.namespace, value: row.value, masked: false };
  const plain = secrets.decrypt(row.value_enc, { workspaceId, purpose: PII_PURPOSE });
  if (seesPii(role)) return { kind, namespace: row.namespace, value: plain, masked: false };
  return { kind, namespace: row.namespace, value: kind === 'email' ? maskEmail(plain) : maskPhone(plain), masked: true };
}

export function toFanDto(row: FanRow, identities: FanIdentityDto[], role: Role | null): FanDto {
  return {
    id: row.id,
    displayName: row.display_name,
    traits: traitsFor(row.traits, role),
    firstSeenAt: row.first_seen_at?.toISOString() ?? null,
    lastSeenAt: row.last_seen_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    identities,
  };
}
