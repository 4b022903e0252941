import { ReloadOutlined } from '@ant-design/icons';
import type { paths, ResponseOf } from '@resonance/contracts';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/page-header';
import { api, wsPath } from '../../lib/api';
import { ErrorState } from '../../lib/states';
import { formatDateTime } from '../../lib/time';
import { useWorkspace } from '../../lib/workspace-context';

type JobList = ResponseOf<'/workspaces/{workspaceId}/jobs', 'get'>;
type Job = JobList['items'][number];
type JobState = NonNullable<NonNullable<paths['/workspaces/{workspaceId}/jobs']['get']['parameters']['query']>['state']>;

const STATES = ['all', 'failed', 'retry', 'active', 'created', 'completed', 'cancelled'] as const satisfies readonly ('all' | JobState)[];
const COLORS: Record<string, string> = { failed: 'red', retry: 'orange', active: 'blue', created: 'default', completed: 'green', cancelled: 'default' };

export function JobsPage() {
  const { t } = useTranslation();
  const { workspace, timeZone } = useWorkspace();
  const [state, setState] = useState<(typeof STATES)[number]>('all');
  const jobs = useQuery({
    queryKey: ['jobs', workspace.id, state],
    queryFn: () => api.get<JobList>(wsPath(workspace.id, '/jobs'), { state: state === 'all' ? undefined : state }),
    refetchInterval: 15_000,
  });
  return (
    <>
      <PageHeader
        title={t('nav.jobs')}
        subtitle={t('jobs.subtitle')}
        extra={<Button icon={<ReloadOutlined />} onClick={() => void jobs.refetch()} loading={jobs.isFetching}>{t('common.refresh')}</Button>}
      />
      <Card>
        <Segmented
          value={state}
          onChange={(v) => setState(v as (typeof STATES)[number])}
          options={STATES.map((s) => ({ value: s, label: t(`jobs.state.${s}`) }))}
          style={{ marginBottom: 16 }}
        />
        {jobs.error ? (
          <ErrorState error={jobs.error} onRetry={() => void jobs.refetch()} />
        ) : (
          <Table<Job>
            data-testid="jobs-table"
            rowKey="id"
            size="small"
            loading={jobs.isPending}
            dataSource={jobs.data?.items ?? []}
            pagination={{ pageSize: 25, hideOnSinglePage: true }}
            locale={{ emptyText: t('jobs.empty') }}
            expandable={{
              rowExpandable: (j) => Boolean(j.error),
              expandedRowRender: (j) => <pre className="rsn-json rsn-mono">{j.error}</pre>,
            }}
            columns={[
              { title: t('jobs.name'), dataIndex: 'name', render: (n: string) => <span className="rsn-mono">{n}</span> },
              { title: t('common.status'), dataIndex: 'state', render: (s: string) => <Tag color={COLORS[s]}>{t(`jobs.state.${s}`, { defaultValue: s })}</Tag> },
              { title: t('jobs.retries'), render: (_: unknown, j) => `${j.retryCount} / ${j.retryLimit}` },
              { title: t('common.createdAt'), dataIndex: 'createdOn', render: (v: string) => formatDateTime(v, timeZone) },
              { title: t('jobs.completedOn'), dataIndex: 'completedOn', render: (v: string | null) => formatDateTime(v, timeZone) },
              {
                title: t('jobs.error'),
                dataIndex: 'error',
                render: (e: string | null) => (e ? <Typography.Text type="danger" ellipsis style={{ maxWidth: 320 }}>{e.split('\n')[0]}</Typography.Text> : '—'),
              },
            ]}
          />
        )}
      </Card>
    </>
  );
}
