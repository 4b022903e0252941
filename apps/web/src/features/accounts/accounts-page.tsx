import { LinkOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/page-header';
import { ErrorState, errorMessage } from '../../lib/states';
import { formatDateTime } from '../../lib/time';
import { useWorkspace } from '../../lib/workspace-context';
import { localized, useAccountMutations, useAccounts, useBrands, usePlatforms, type Account } from './accounts.api';
import { BrandsCard } from './brands-card';
import { ConnectModal } from './connect-modal';

export function AccountsPage() {
  const { t, i18n } = useTranslation();
  const { workspace, can, timeZone } = useWorkspace();
  const accounts = useAccounts(workspace.id);
  const brands = useBrands(workspace.id);
  const platforms = usePlatforms(workspace.id);
  const { disconnect } = useAccountMutations(workspace.id);
  const { message } = App.useApp();
  const [connecting, setConnecting] = useState(false);
  const canManage = can('accounts.manage');
  const brandName = (id: string) => brands.data?.find((b) => b.id === id)?.name ?? id;
  const platformName = (key: string) => localized(platforms.data?.find((p) => p.platform === key)?.name, i18n.language) || key;

  return (
    <>
      <PageHeader
        title={t('nav.accounts')}
        extra={canManage ? <Button type="primary" icon={<LinkOutlined />} data-testid="connect-account" onClick={() => setConnecting(true)}>{t('accounts.connect')}</Button> : null}
      />
      <BrandsCard />
      <Card title={t('accounts.accounts')}>
        {accounts.error ? (
          <ErrorState error={accounts.error} onRetry={() => void accounts.refetch()} />
        ) : (
          <Table<Account>
            data-testid="accounts-table"
            rowKey="id"
            loading={accounts.isPending}
            dataSource={accounts.data ?? []}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: t('accounts.noAccounts') }}
            columns={[
              { title: t('accounts.accountName'), dataIndex: 'name', render: (n: string, a) => <>{n}{a.handle ? <span style={{ color: '#888', marginLeft: 6 }}>@{a.handle}</span> : null}</> },
              {
                title: t('accounts.platform'),
                render: (_: unknown, a) => (
                  <>
                    {platformName(a.platform)}
                    {a.simulates ? <Tag style={{ marginLeft: 8 }}>{t('accounts.simulating', { name: platformName(a.simulates) })}</Tag> : null}
                  </>
                ),
              },
              { title: t('accounts.brand'), dataIndex: 'brandId', render: brandName },
              {
                title: t('common.status'),
                dataIndex: 'status',
                render: (s: Account['status']) => <Tag color={s === 'connected' ? 'green' : s === 'disconnected' ? 'default' : s === 'credentials_saved' ? 'blue' : 'orange'}>{t(`accounts.status.${s}`, { defaultValue: s })}</Tag>,
              },
              { title: t('accounts.connectedAt'), render: (_: unknown, a) => formatDateTime(a.connectedAt ?? a.createdAt, timeZone) },
              {
                title: '',
                align: 'right',
                render: (_: unknown, a) =>
                  canManage && a.status !== 'disconnected' ? (
                    <Popconfirm title={t('accounts.disconnectConfirm', { name: a.name })} onConfirm={() => disconnect.mutateAsync(a.id).then(() => message.success(t('accounts.disconnected')), (e) => message.error(errorMessage(e)))}>
                      <Button size="small" danger data-testid={`disconnect-${a.id}`}>{t('accounts.disconnect')}</Button>
                    </Popconfirm>
                  ) : null,
              },
            ]}
          />
        )}
      </Card>
      <ConnectModal open={connecting} onClose={() => setConnecting(false)} />
    </>
  );
}
