import { KeyOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/page-header';
import { ErrorState, errorMessage } from '../../lib/states';
import { formatDateTime } from '../../lib/time';
import { useWorkspace } from '../../lib/workspace-context';
import { CreateTokenModal } from './create-token-modal';
import { useTokenMutations, useTokens, type ApiToken } from './tokens.api';

export function TokensPage() {
  const { t } = useTranslation();
  const { workspace, timeZone } = useWorkspace();
  const tokens = useTokens(workspace.id);
  const { revoke } = useTokenMutations(workspace.id);
  const { message } = App.useApp();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={t('nav.tokens')}
        subtitle={t('tokens.subtitle')}
        extra={<Button type="primary" icon={<KeyOutlined />} data-testid="create-token" onClick={() => setCreating(true)}>{t('tokens.create')}</Button>}
      />
      <Card>
        {tokens.error ? (
          <ErrorState error={tokens.error} onRetry={() => void tokens.refetch()} />
        ) : (
          <Table<ApiToken>
            data-testid="tokens-table"
            rowKey="id"
            loading={tokens.isPending}
            dataSource={tokens.data ?? []}
            pagination={false}
            locale={{ emptyText: t('tokens.empty') }}
            columns={[
              { title: t('tokens.name'), dataIndex: 'name' },
              { title: t('tokens.prefix'), render: (_: unknown, r) => <span className="rsn-mono">{r.prefix}…</span> },
              { title: t('members.role'), dataIndex: 'role', render: (r: string) => <Tag>{t(`roles.${r}`, { defaultValue: r })}</Tag> },
              { title: t('common.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v, timeZone) },
              { title: t('tokens.lastUsed'), dataIndex: 'lastUsedAt', render: (v: string | null) => (v ? formatDateTime(v, timeZone) : t('tokens.never')) },
              { title: t('tokens.expires'), dataIndex: 'expiresAt', render: (v: string | null) => (v ? formatDateTime(v, timeZone) : t('tokens.noExpiry')) },
              {
                title: '',
                align: 'right',
                render: (_: unknown, r) => (
                  <Popconfirm title={t('tokens.revokeConfirm')} onConfirm={() => revoke.mutateAsync(r.id).then(() => message.success(t('tokens.revoked')), (e) => message.error(errorMessage(e)))}>
                    <Button danger size="small" data-testid={`revoke-token-${r.id}`}>{t('tokens.revoke')}</Button>
                  </Popconfirm>
                ),
              },
            ]}
          />
        )}
      </Card>
      <CreateTokenModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
