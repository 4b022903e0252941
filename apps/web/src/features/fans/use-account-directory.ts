import { useTranslation } from 'react-i18next';
import { localized, useAccounts, usePlatforms } from '../accounts/accounts.api';

export interface AccountInfo {
  id: string;
  name: string;
  /** The platform the account is on; a sandbox account counts as the platform it simulates. */
  platform: string;
  platformName: string;
}

/**
 * Accounts by id, for showing a platform user id (namespace = account id) or an event's account
 * with its platform's icon and name. Unknown ids (an account deleted since) fall back to the id.
 */
export function useAccountDirectory(workspaceId: string) {
  const { i18n } = useTranslation();
  const accounts = useAccounts(workspaceId);
  const platforms = usePlatforms(workspaceId);
  const platformName = (key: string) => localized(platforms.data?.find((p) => p.platform === key)?.name, i18n.language) || key;
  const byId = new Map<string, AccountInfo>();
  for (const a of accounts.data ?? []) {
    const platform = a.simulates ?? a.platform;
    byId.set(a.id, { id: a.id, name: a.name, platform, platformName: platformName(platform) });
  }
  return {
    accounts: [...byId.values()],
    account: (id: string | null | undefined): AccountInfo | undefined => (id ? byId.get(id) : undefined),
    platformName,
  };
}
