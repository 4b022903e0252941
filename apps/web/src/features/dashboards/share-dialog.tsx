import { Alert, Button, Form, InputNumber, Modal, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/states';
import { formatDateTime } from '../../lib/time';
import { useWorkspace } from '../../lib/workspace-context';
import { useShareLinks, type CreatedShareLink, type ShareLink } from './dashboards.api';

const statusOf = (l: ShareLink, now: number) => (l.revokedAt ? 'revoked' : new Date(l.expiresAt).getTime() <= now ? 'expired' : 'active');

/** Read-only links to the dashboard: create one with an expiry (its URL is shown once), copy it, revoke links. */
export function ShareDialog({ open, onClose, dashboardId }: { open: boolean; onClose: () => void; dashboardId: string }) {
  const { t } = useTranslation();
  const { workspace, timeZone } = useWorkspace();
  const { list, create, revoke } = useShareLinks(workspace.id, dashboardId, open);
  const [created, setCreated] = useState<CreatedShareLink>();
  const [days, setDays] = useState<number | null>(7);
  const [error, setError] = useState<string>();
  const close = () => {
    setCreated(undefined);
    setError(undefined);
    onClose();
  };
  const url = created ? `${window.location.origin}/share/${created.token}` : '';
  const now = Date.now();
  return (
    <Modal open={open} title={t('dashboards.shareTitle')} onCancel={close} footer={null} width={720} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('dashboards.shareHelp')}</Typography.Paragraph>
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
      {created ? (
        <div data-testid="share-created" style={{ marginBottom: 16 }}>
          <Alert type="warning" showIcon message={t('dashboards.shareShownOnce')} style={{ marginBottom: 8 }} />
          <Typography.Paragraph copyable={{ text: url }} className="rsn-mono" data-testid="share-url">
            {url}
          </Typography.Paragraph>
        </div>
      ) : null}
      <Form layout="inline" style={{ marginBottom: 16 }}>
        <Form.Item label={t('dashboards.expiresInDays')}>
          <InputNumber data-testid="share-days" min={1} max={90} value={days} onChange={setDays} style={{ width: 100 }} />
        </Form.Item>
        <Button
          type="primary"
          data-testid="share-create"
          loading={create.isPending}
          disabled={!days}
          onClick={async () => {
            setError(undefined);
            try {
              setCreated(await create.mutateAsync(days ?? 7));
            } catch (err) {
              setError(errorMessage(err));
            }
          }}
        >
          {t('dashboards.createLink')}
        </Button>
      </Form>
      <Table<ShareLink>
        data-testid="share-links"
        size="small"
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data ?? []}
        pagination={false}
        locale={{ emptyText: t('dashboards.noLinks') }}
        columns={[
          { title: t('dashboards.linkPrefix'), dataIndex: 'tokenPrefix', render: (v: string) => <span className="rsn-mono">{v}…</span> },
          { title: t('common.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v, timeZone) },
          { title: t('dashboards.expiresAt'), dataIndex: 'expiresAt', render: (v: string) => formatDateTime(v, timeZone) },
          {
            title: t('common.status'),
            render: (_: unknown, l) => {
              const s = statusOf(l, now);
              return <Tag color={s === 'active' ? 'green' : 'default'} data-testid={`share-status-${l.id}`}>{t(`dashboards.linkStatus.${s}`)}</Tag>;
            },
          },
          {
            title: '',
            render: (_: unknown, l) =>
              statusOf(l, now) === 'active' ? (
                <Space>
                  <Popconfirm title={t('dashboards.revokeConfirm')} onConfirm={() => revoke.mutateAsync(l.id).catch((err) => setError(errorMessage(err)))}>
                    <Button size="small" danger data-testid={`share-revoke-${l.id}`}>{t('dashboards.revoke')}</Button>
                  </Popconfirm>
                </Space>
              ) : null,
          },
        ]}
      />
    </Modal>
  );
}
