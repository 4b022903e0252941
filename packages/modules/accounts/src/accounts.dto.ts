import type { Account, Brand } from './accounts.types.js';
import type { Connectors } from './platforms.service.js';

const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

export const toBrandDto = (b: Brand) => ({
  id: b.id,
  name: b.name,
  description: b.description,
  createdAt: b.createdAt.toISOString(),
  archivedAt: isoOrNull(b.archivedAt),
});

const NO_CONNECTOR_NOTE = {
  zh: '此版本尚未提供该平台的连接器:凭证已加密保存,连接器可用后即可连接。',
  en: 'The connector for this platform is not available in this build: the credentials are stored encrypted for when it is.',
};

export function toAccountDto(a: Account, connectors: Connectors) {
  const available = connectors.has(a.platform);
  return {
    id: a.id,
    brandId: a.brandId,
    platform: a.platform,
    name: a.name,
    handle: a.handle,
    remoteAccountId: a.remoteAccountId,
    status: a.status,
    simulates: a.simulates,
    followersAtConnect: a.followersAtConnect,
    credentialFieldsSet: a.credentialFieldsSet,
    credentialsKeyId: a.credentialsKeyId,
    connectedAt: isoOrNull(a.connectedAt),
    createdAt: a.createdAt.toISOString(),
    disconnectedAt: isoOrNull(a.disconnectedAt),
    connector: available ? ('available' as const) : ('credentials_only' as const),
    note: available ? null : NO_CONNECTOR_NOTE,
  };
}

/** What the audit log keeps of an account: no secret, only which fields are set. */
export const auditAccount = (a: Account) => ({
  name: a.name,
  platform: a.platform,
  brandId: a.brandId,
  status: a.status,
  handle: a.handle,
  simulates: a.simulates,
  credentialFieldsSet: a.credentialFieldsSet,
  credentialsKeyId: a.credentialsKeyId,
});

export const auditBrand = (b: Brand) => ({ name: b.name, description: b.description, archivedAt: isoOrNull(b.archivedAt) });
