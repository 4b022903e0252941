import { DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/page-header';
import { ErrorState, errorMessage } from '../../lib/states';
import { formatDateTime, zoneLabel } from '../../lib/time';
import { useWorkspace } from '../../lib/workspace-context';
import { AuditFilterBar } from './audit-filters';
import { auditCsvUrl, useAuditLog, useVerifyAudit, type AuditFilters, type AuditItem } from './audit.api';

function Json({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <Typography.Text type="secondary">—</Typography.Text>;
  return <pre className="rsn-json rsn-mono">{JSON.stringify(value, null, 2)}</pre>;
}

function VerifyAlert({ verify }: { verify: ReturnType<typeof useVerifyAudit> }) {
  const { t } = useTranslation();
  if (verify.error) return <Alert type="error" showIcon message={errorMessage(verify.error)} style={{ marginBottom: 16 }} />;
  if (!verify.data) return null;
  const r = verify.data;
  return (
    <Alert
      data-testid="audit-verify-result"
      type={r.ok ? 'success' : 'error'}
      showIcon
      style={{ marginBottom: 16 }}
      message={r.ok ? t('audit.verifyOk', { count: r.checked }) : t('audit.verifyBroken', { count: r.broken.length, checked: r.checked })}
      description={r.ok ? undefined : r.broken.slice(0, 20).map((b) => `#${b.seq} ${b.id}: ${b.reason}`).join('\n')}
    />
  );
}

export function AuditPage() {
  const { t } = useTranslation();
  const { workspace, timeZone } = useWorkspace();
  const [filters, setFilters] = useState<AuditFilters>({});
  const log = useAuditLog(workspace.id, filters);
  const verify = useVerifyAudit(workspace.id);
  const rows = log.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <PageHeader
        title={t('nav.audit')}
        subtitle={t('audit.subtitle', { zone: zoneLabel(timeZone) })}
        extra={
          <>
            <Button icon={<SafetyCertificateOutlined />} loading={verify.isPending} onClick={() => verify.mutate()} data-testid="audit-verify">
              {t('audit.verify')}
            </Button>
            <Button icon={<DownloadOutlined />} href={auditCsvUrl(workspace.id, filters)} data-testid="audit-export">
              {t('audit.export')}
            </Button>
          </>
        }
      />
      <VerifyAlert verify={verify} />
      <Card>
        <AuditFilterBar onChange={setFilters} />
        {log.error ? (
          <ErrorState error={log.error} onRetry={() => void log.refetch()} />
        ) : (
          <>
            <Table<AuditItem>
              data-testid="audit-table"
              rowKey="id"
              size="small"
              loading={log.isPending}
              dataSource={rows}
              pagination={false}
              scroll={{ x: 900 }}
              locale={{ emptyText: t('audit.empty') }}
              expandable={{
                expandedRowRender: (r) => (
                  <Descriptions size="small" column={1} bordered>
                    <Descriptions.Item label={t('audit.before')}><Json value={r.before} /></Descriptions.Item>
                    <Descriptions.Item label={t('audit.after')}><Json value={r.after} /></Descriptions.Item>
                    <Descriptions.Item label={t('audit.userAgent')}>{r.userAgent ?? '—'}</Descriptions.Item>
                    <Descriptions.Item label={t('audit.hash')}><span className="rsn-mono">{r.hash}</span></Descriptions.Item>
                  </Descriptions>
                ),
              }}
              columns={[
                { title: '#', dataIndex: 'seq', width: 80 },
                { title: t('audit.time'), dataIndex: 'createdAt', width: 150, render: (v: string) => formatDateTime(v, timeZone) },
                {
                  title: t('audit.actor'),
                  render: (_: unknown, r) => (
                    <>
                      <Tag>{t(`audit.actorType.${r.actorType}`, { defaultValue: r.actorType })}</Tag>
                      {r.actorName ?? r.actorId ?? ''}
                    </>
                  ),
                },
                { title: t('audit.action'), dataIndex: 'action', render: (a: string) => <span className="rsn-mono">{a}</span> },
                { title: t('audit.target'), render: (_: unknown, r) => (r.targetType ? <span className="rsn-mono">{r.targetType}{r.targetId ? `:${r.targetId}` : ''}</span> : '—') },
                { title: 'IP', dataIndex: 'ip', render: (v: string | null) => v ?? '—' },
              ]}
            />
            {log.hasNextPage ? (
              <div style={{ textAlign: 'center', marginTop: 16 }}>
                <Button onClick={() => void log.fetchNextPage()} loading={log.isFetchingNextPage} data-testid="audit-load-more">
                  {t('common.loadMore')}
                </Button>
              </div>
            ) : null}
          </>
        )}
      </Card>
    </>
  );
}
