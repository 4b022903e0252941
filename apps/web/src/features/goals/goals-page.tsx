import { App, Button, Popconfirm, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../app/page-header';
import { errorMessage, ErrorState } from '../../lib/states';
import { zoneLabel } from '../../lib/time';
import { useWorkspace } from '../../lib/workspace-context';
import { useAccountDirectory } from '../fans/use-account-directory';
import { MetricLabel } from '../metrics/metric-label';
import { useMetricCatalogById } from '../metrics/metrics.api';
import { GoalFormModal } from './goal-form-modal';
import { formatGoalValue } from './goal-format';
import { GoalProgressView } from './goal-progress';
import { useGoalMutations, useGoals, type Goal } from './goals.api';

/** Goals (OKR): list with progress and forecast; create, edit and archive with analytics.write. */
export function GoalsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { workspace, can } = useWorkspace();
  const [params, setParams] = useSearchParams();
  const [showArchived, setShowArchived] = useState(false);
  const goals = useGoals(workspace.id, showArchived);
  const catalog = useMetricCatalogById(workspace.id);
  const directory = useAccountDirectory(workspace.id);
  const { archive } = useGoalMutations(workspace.id);
  const writable = can('analytics.write');
  const [editing, setEditing] = useState<Goal | null>(null);
  const creating = params.get('new') === '1';
  const modalOpen = creating || editing !== null;
  const closeModal = () => {
    setEditing(null);
    if (creating) setParams({}, { replace: true });
  };
  const unitOf = (g: Goal) => catalog.data?.get(g.metricId)?.unit;

  return (
    <>
      <PageHeader
        title={t('nav.goals')}
        subtitle={t('goals.subtitle', { zone: zoneLabel(workspace.timeZone) })}
        extra={
          <>
            <Space>
              <Switch data-testid="goals-show-archived" checked={showArchived} onChange={setShowArchived} size="small" />
              <span>{t('goals.showArchived')}</span>
            </Space>
            {writable ? (
              <Button type="primary" data-testid="goal-create" onClick={() => setParams({ new: '1' })}>
                {t('goals.create')}
              </Button>
            ) : null}
          </>
        }
      />
      {!writable ? (
        <Typography.Paragraph type="secondary" data-testid="goals-read-only">
          {t('goals.readOnly')}
        </Typography.Paragraph>
      ) : null}
      {goals.error ? (
        <ErrorState error={goals.error} onRetry={() => void goals.refetch()} />
      ) : (
        <Table<Goal>
          data-testid="goals-table"
          rowKey="id"
          size="small"
          loading={goals.isPending}
          dataSource={goals.data?.items ?? []}
          pagination={false}
          scroll={{ x: 1100 }}
          locale={{ emptyText: t('goals.empty') }}
          columns={[
            {
              title: t('goals.columns.name'),
              key: 'name',
              render: (_: unknown, g) => (
                <div>
                  <Typography.Text strong data-testid={`goal-name-${g.id}`}>{g.name}</Typography.Text> {g.stage ? <Tag>{g.stage}</Tag> : null}
                  {g.archivedAt ? <Tag color="default">{t('goals.archived')}</Tag> : <Tag color={g.progress.status === 'active' ? 'blue' : 'default'}>{t(`goals.progress.status.${g.progress.status}`)}</Tag>}
                  <div style={{ fontSize: 12, color: '#6b7280' }}>{g.accountId ? (directory.account(g.accountId)?.name ?? g.accountId) : t('goals.allAccounts')}</div>
                </div>
              ),
            },
            { title: t('goals.columns.metric'), key: 'metric', render: (_: unknown, g) => <MetricLabel id={g.metricId} /> },
            {
              title: t('goals.columns.target'),
              key: 'target',
              render: (_: unknown, g) => (
                <div>
                  {formatGoalValue(g.baselineValue, unitOf(g))} → <strong>{formatGoalValue(g.target, unitOf(g))}</strong>
                  {g.targetChangePercent !== null ? ` (${g.targetChangePercent > 0 ? '+' : ''}${g.targetChangePercent}%)` : ''}
                  <div style={{ fontSize: 12, color: '#6b7280' }}>
                    {t('goals.progress.baseline', { value: formatGoalValue(g.baselineValue, unitOf(g)) })} · {t(`goals.progress.baselineSource.${g.baselineSource}`)}
                  </div>
                </div>
              ),
            },
            { title: t('goals.columns.period'), key: 'period', render: (_: unknown, g) => `${g.startDate} – ${g.endDate}`, width: 200 },
            { title: t('goals.columns.progress'), key: 'progress', width: 340, render: (_: unknown, g) => <GoalProgressView goal={g} unit={unitOf(g)} /> },
            ...(writable
              ? [
                  {
                    title: t('goals.columns.actions'),
                    key: 'actions',
                    width: 150,
                    render: (_: unknown, g: Goal) =>
                      g.archivedAt ? null : (
                        <Space>
                          <Button size="small" data-testid={`goal-edit-${g.id}`} onClick={() => setEditing(g)}>
                            {t('goals.edit')}
                          </Button>
                          <Popconfirm
                            title={t('goals.archiveConfirm')}
                            onConfirm={async () => {
                              try {
                                await archive.mutateAsync(g.id);
                                void message.success(t('goals.archivedDone'));
                              } catch (err) {
                                void message.error(errorMessage(err));
                              }
                            }}
                            okButtonProps={{ 'data-testid': `goal-archive-confirm-${g.id}` }}
                          >
                            <Button size="small" danger data-testid={`goal-archive-${g.id}`}>
                              {t('goals.archive')}
                            </Button>
                          </Popconfirm>
                        </Space>
                      ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {writable ? <GoalFormModal open={modalOpen} goal={editing} onClose={closeModal} /> : null}
    </>
  );
}
