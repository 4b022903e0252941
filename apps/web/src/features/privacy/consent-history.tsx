import { Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState } from '../../lib/states';
import { formatDateTime } from '../../lib/time';
import { useWorkspace } from '../../lib/workspace-context';
import { useMembers } from '../members/members.api';
import { useConsents, type ConsentRecord } from './privacy.api';

/** The current decision per purpose, then every recorded decision (newest first). */
export function ConsentHistory({ workspaceId, fanId }: { workspaceId: string; fanId: string }) {
  const { t } = useTranslation();
  const { timeZone, can } = useWorkspace();
  const consents = useConsents(workspaceId, fanId);
  const members = useMembers(workspaceId);
  const nameOf = (actor: string) => members.data?.find((m) => m.userId === actor)?.name ?? actor;
  if (consents.error) return <ErrorState error={consents.error} onRetry={() => void consents.refetch()} />;
  const current = Object.entries(consents.data?.current ?? {});
  return (
    <>
      {current.length > 0 ? (
        <Space wrap style={{ marginBottom: 12 }} data-testid="consent-current">
          <Typography.Text type="secondary">{t('privacy.consentCurrent')}</Typography.Text>
          {current.map(([purpose, c]) => (
            <Tag key={purpose} color={c.granted ? 'green' : 'default'}>
              {`${purpose}: ${t(c.granted ? 'privacy.consentGranted' : 'privacy.consentWithdrawn')}`}
            </Tag>
          ))}
        </Space>
      ) : null}
      <Table<ConsentRecord>
        data-testid="consent-history"
        rowKey="id"
        size="small"
        loading={consents.isPending}
        dataSource={consents.data?.items ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        scroll={{ x: 800 }}
        locale={{ emptyText: <EmptyState description={t('privacy.consentNone')} /> }}
        columns={[
          { title: t('privacy.consentAt'), dataIndex: 'recordedAt', render: (v: string) => formatDateTime(v, timeZone) },
          { title: t('privacy.consentPurpose'), dataIndex: 'purpose', render: (v: string) => <span className="rsn-mono">{v}</span> },
          {
            title: t('privacy.consentDecision'),
            dataIndex: 'granted',
            render: (g: boolean) => <Tag color={g ? 'green' : 'default'}>{t(g ? 'privacy.consentGranted' : 'privacy.consentWithdrawn')}</Tag>,
          },
          { title: t('privacy.consentSource'), dataIndex: 'source' },
          { title: t('privacy.consentTextVersion'), dataIndex: 'textVersion' },
          { title: t('privacy.consentRecordedBy'), dataIndex: 'actor', render: (v: string) => (can('members.read') ? nameOf(v) : v) },
          { title: t('privacy.consentRecordedAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v, timeZone) },
        ]}
      />
    </>
  );
}
