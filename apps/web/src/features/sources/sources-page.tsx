import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Space, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/page-header';
import { ErrorState, errorMessage } from '../../lib/states';
import { formatDateTime } from '../../lib/time';
import { useWorkspace } from '../../lib/workspace-context';
import { CreateSourceModal } from './create-source-modal';
import { SourceDebugger } from './source-debugger';
import { useSourceMutations, useSources, type EventSource } from './sources.api';

const KIND_COLORS: Record<EventSource['kind'], string> = { web: 'blue', server: 'purple', miniprogram: 'green', account: 'gold' };

/** Event sources: where events come from, each with its own write key (SDKs and the HTTP API). */
export function SourcesPage() {
  const { t } = useTranslation();
  const { workspace, timeZone, can } = useWorkspace();
  const canManage = can('workspace.manage');
  const sources = useSources(workspace.id);
  const { revoke } = useSourceMutations(workspace.id);
  const { message } = App.useApp();
  const [creating, setCreating] = useState(false);
  const [debugging, setDebugging] = useState<EventSource | null>(null);
  return (
    <>
      <PageHeader
        title={t('nav.sources')}
        subtitle={t('sources.subtitle')}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} data-testid="source-create" onClick={() => setCreating(true)}>
              {t('sources.create')}
            </Button>
          ) : null
        }
      />
      <Card>
        {sources.error ? (
          <ErrorState error={sources.error} onRetry={() => void sources.refetch()} />
        ) : (
          <Table<EventSource>
            data-testid="sources-table"
            rowKey="id"
            loading={sources.isPending}
            dataSource={sources.data ?? []}
            pagination={false}
            locale={{ emptyText: canManage ? t('sources.emptyManage') : t('sources.empty') }}
            columns={[
              { title: t('sources.name'), dataIndex: 'name' },
              {
                title: t('sources.kind'),
                dataIndex: 'kind',
                render: (k: EventSource['kind']) => <Tag color={KIND_COLORS[k]}>{t(`sources.kinds.${k}`, { defaultValue: k })}</Tag>,
              },
              { title: t('sources.keyPrefix'), dataIndex: 'keyPrefix', render: (p: string) => <span className="rsn-mono">{p}…</span> },
              { title: t('common.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v, timeZone) },
              {
                title: t('common.status'),
                dataIndex: 'revokedAt',
                render: (v: string | null) =>
                  v ? (
                    <Tooltip title={t('sources.revokedAt', { at: formatDateTime(v, timeZone) })}>
                      <Tag>{t('sources.status.revoked')}</Tag>
                    </Tooltip>
                  ) : (
                    <Tag color="green">{t('sources.status.active')}</Tag>
                  ),
              },
              ...(canManage
                ? [
                    {
                      title: '',
                      align: 'right' as const,
                      render: (_: unknown, r: EventSource) => (
                        <Space>
                          <Button size="small" data-testid={`source-debugger-${r.id}`} onClick={() => setDebugging(r)}>
                            {t('sources.debugger.open')}
                          </Button>
                          {r.revokedAt ? null : (
                          <Popconfirm
                            title={t('sources.revokeConfirm', { name: r.name })}
                            okText={t('sources.revoke')}
                            okButtonProps={{ danger: true }}
                            onConfirm={() =>
                              revoke.mutateAsync(r.id).then(
                                () => void message.success(t('sources.revoked')),
                                (e) => void message.error(errorMessage(e)),
                              )
                            }
                          >
                            <Button danger size="small" data-testid={`source-revoke-${r.id}`}>{t('sources.revoke')}</Button>
                          </Popconfirm>
                          )}
                        </Space>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </Card>
      {canManage ? <CreateSourceModal open={creating} onClose={() => setCreating(false)} /> : null}
      {canManage ? <SourceDebugger source={debugging} onClose={() => setDebugging(null)} /> : null}
    </>
  );
}
