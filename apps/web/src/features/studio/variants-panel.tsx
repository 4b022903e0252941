import { App, Card, Select, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/states';
import { useAccounts } from '../accounts/accounts.api';
import type { MasterDraft } from './master-draft';
import type { Item, useItemMutations } from './studio.api';
import { VariantEditor } from './variant-editor';

/** Target accounts (adding one derives a variant from the master, removing one deletes it) and a tab per variant. */
export function VariantsPanel({
  workspaceId,
  item,
  master,
  readOnly,
  mutations,
  onStale,
}: {
  workspaceId: string;
  item: Item;
  master: MasterDraft;
  readOnly: boolean;
  mutations: ReturnType<typeof useItemMutations>;
  onStale: (err: unknown) => boolean;
}) {
  // the App context's message (antd's static one does not render under React 19)
  const { message } = App.useApp();
  const { t } = useTranslation();
  const accounts = useAccounts(workspaceId);
  const byId = new Map((accounts.data ?? []).map((a) => [a.id, a]));
  const [active, setActive] = useState<string | undefined>(undefined);
  const fail = (err: unknown) => {
    if (!onStale(err)) message.error(errorMessage(err));
  };
  const add = (accountId: string) =>
    mutations.addVariant.mutate({ accountId, version: item.version }, { onSuccess: () => setActive(accountId), onError: fail });
  const remove = (accountId: string) => {
    const v = item.variants.find((x) => x.accountId === accountId);
    if (v) mutations.removeVariant.mutate({ variantId: v.id, version: item.version }, { onError: fail });
  };
  const options = (accounts.data ?? [])
    .filter((a) => a.status !== 'disconnected' || item.accountIds.includes(a.id))
    .map((a) => ({ value: a.id, label: `${a.name} · ${a.simulates ?? a.platform}` }));
  const activeKey = active && item.variants.some((v) => v.accountId === active) ? active : item.variants[0]?.accountId;

  return (
    <Card size="small" title={t('studio.variants.title')} data-testid="studio-variants">
      <Select
        data-testid="studio-accounts"
        mode="multiple"
        style={{ width: '100%', marginBottom: 12 }}
        placeholder={t('studio.variants.accountsPlaceholder')}
        disabled={readOnly}
        loading={accounts.isLoading || mutations.addVariant.isPending || mutations.removeVariant.isPending}
        value={item.variants.map((v) => v.accountId)}
        options={options}
        optionFilterProp="label"
        onSelect={add}
        onDeselect={remove}
      />
      {item.variants.length === 0 ? (
        <Typography.Text type="secondary">{t('studio.variants.none')}</Typography.Text>
      ) : (
        <Tabs
          activeKey={activeKey}
          onChange={setActive}
          items={item.variants.map((v) => ({
            key: v.accountId,
            label: (
              <span data-testid={`variant-tab-${v.accountId}`}>
                {byId.get(v.accountId)?.name ?? v.accountId}
                {v.customised ? ' *' : ''}
              </span>
            ),
            children: (
              <VariantEditor
                workspaceId={workspaceId}
                item={item}
                variant={v}
                account={byId.get(v.accountId)}
                master={master}
                readOnly={readOnly}
                mutations={mutations}
                onStale={onStale}
              />
            ),
          }))}
        />
      )}
    </Card>
  );
}
