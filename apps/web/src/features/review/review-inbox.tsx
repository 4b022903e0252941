import { App, Button, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../lib/time';
import { EmptyState, ErrorState, errorMessage } from '../../lib/states';
import { useWorkspace } from '../../lib/workspace-context';
import { RejectModal } from './action-modals';
import { FindingsList } from './findings-list';
import { useReviewInbox, useTransition, type ReviewInbox } from './review.api';
import { DecisionTag } from './status-tag';

type Entry = ReviewInbox['items'][number];

function RowActions({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { workspace } = useWorkspace();
  const transition = useTransition(workspace.id, entry.contentId);
  const [rejecting, setRejecting] = useState(false);
  const run = (action: 'approve' | 'reject', reason?: string) =>
    transition.mutate(
      { action, reason },
      {
        onSuccess: () => {
          setRejecting(false);
          message.success(t('review.done', { action: t(`review.actions.${action}`) }));
        },
        onError: (err) => message.error(errorMessage(err)),
      },
    );
  return (
    <Space>
      <Button type="primary" size="small" data-testid="inbox-approve" loading={transition.isPending && transition.variables?.action === 'approve'} onClick={() => run('approve')}>
        {t('review.actions.approve')}
      </Button>
      <Button danger size="small" data-testid="inbox-reject" onClick={() => setRejecting(true)}>{t('review.actions.reject')}</Button>
      <Link to={`/w/${workspace.id}/studio/${entry.contentId}`}>{t('review.open')}</Link>
      <RejectModal open={rejecting} busy={transition.isPending} onCancel={() => setRejecting(false)} onReject={(reason) => run('reject', reason)} />
    </Space>
  );
}

/** Items waiting at a level of my role: overdue first, with risk, findings and the SLA clock. */
export function ReviewInboxTable() {
  const { t } = useTranslation();
  const { workspace, timeZone } = useWorkspace();
  const inbox = useReviewInbox(workspace.id);
  if (inbox.error) return <ErrorState error={inbox.error} onRetry={() => inbox.refetch()} />;
  if (!inbox.isLoading && !inbox.data?.items.length) return <EmptyState description={t('review.inboxEmpty')} />;
  return (
    <Table<Entry>
      data-testid="review-inbox"
      rowKey="contentId"
      loading={inbox.isLoading}
      dataSource={inbox.data?.items ?? []}
      pagination={false}
      onRow={(e) => ({ 'data-testid': 'inbox-row', 'data-content-id': e.contentId }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        {
          title: t('review.columns.item'),
          key: 'item',
          render: (_, e) => (
            <Space direction="vertical" size={0}>
              <Link to={`/w/${workspace.id}/studio/${e.contentId}`}><Typography.Text strong>{e.title || e.excerpt.slice(0, 30)}</Typography.Text></Link>
              <Typography.Text type="secondary" ellipsis style={{ maxWidth: 360 }}>{e.excerpt}</Typography.Text>
            </Space>
          ),
        },
        {
          title: t('review.columns.level'),
          key: 'level',
          render: (_, e) => (
            <Space direction="vertical" size={0}>
              <Tag>{t('review.levelRole', { level: e.waiting.level, role: t(`roles.${e.waiting.role}`, { defaultValue: e.waiting.role }) })}</Tag>
              <Typography.Text type="secondary">{t('review.approvals', { have: e.waiting.approvals, need: e.waiting.requiredApprovals })}</Typography.Text>
            </Space>
          ),
        },
        { title: t('review.columns.risk'), key: 'risk', render: (_, e) => (e.decision ? <DecisionTag decision={e.decision} riskScore={e.riskScore} /> : e.riskScore) },
        { title: t('review.columns.findings'), key: 'findings', render: (_, e) => <FindingsList findings={e.findings} compact /> },
        {
          title: t('review.columns.waiting'),
          key: 'waiting',
          render: (_, e) => (
            <Space direction="vertical" size={0}>
              <Typography.Text>{t('review.waiting', { hours: e.waitingHours })}</Typography.Text>
              {e.waiting.overdue ? <Tag color="red" data-testid="inbox-overdue">{t('review.overdue')}</Tag> : <Typography.Text type="secondary">{t('review.due', { time: formatDateTime(e.waiting.dueAt, timeZone) })}</Typography.Text>}
            </Space>
          ),
        },
        { title: t('review.columns.actions'), key: 'actions', render: (_, e) => <RowActions entry={e} /> },
      ]}
    />
  );
}
