import { App, Alert, Button, Card, Collapse, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/time';
import { errorMessage, ErrorState, Loading } from '../../lib/states';
import { useWorkspace } from '../../lib/workspace-context';
import { RejectModal, ScheduleModal } from './action-modals';
import { FindingsList } from './findings-list';
import { useTransition, useWorkflow, type TransitionBody, type WorkflowAction, type WorkflowView } from './review.api';
import { DecisionTag, WorkflowStatusTag } from './status-tag';

const PRIMARY: ReadonlySet<WorkflowAction> = new Set(['submit', 'approve', 'schedule', 'retry']);
const DANGER: ReadonlySet<WorkflowAction> = new Set(['reject', 'takedown']);

/**
 * The workflow bar the studio editor mounts: state tag, compliance decision and findings, rejection
 * reasons, the waiting level with its SLA clock, the reviews so far, and the buttons the caller's
 * state and permissions allow (the server decides: `allowedActions`).
 */
export function WorkflowActions({ contentId, onChanged }: { contentId: string; onChanged?: (view: WorkflowView) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { workspace, timeZone } = useWorkspace();
  const workflow = useWorkflow(workspace.id, contentId);
  const transition = useTransition(workspace.id, contentId);
  const [modal, setModal] = useState<'reject' | 'schedule' | null>(null);

  if (workflow.isLoading) return <Loading testId="workflow-loading" />;
  if (workflow.error || !workflow.data) return <ErrorState error={workflow.error} onRetry={() => workflow.refetch()} />;
  const view = workflow.data;

  const run = (body: TransitionBody) =>
    transition.mutate(body, {
      onSuccess: (next) => {
        setModal(null);
        message.success(t('review.done', { action: t(`review.actions.${body.action}`) }));
        onChanged?.(next);
      },
      onError: (err) => message.error(errorMessage(err)),
    });

  const button = (action: WorkflowAction) => {
    const common = { key: action, 'data-testid': `workflow-${action}`, loading: transition.isPending && transition.variables?.action === action };
    const label = t(`review.actions.${action}`);
    if (action === 'reject') return <Button {...common} danger onClick={() => setModal('reject')}>{label}</Button>;
    if (action === 'schedule') return <Button {...common} type="primary" onClick={() => setModal('schedule')}>{label}</Button>;
    if (action === 'takedown') {
      return (
        <Popconfirm key={action} title={t('review.confirmTakedown')} onConfirm={() => run({ action })}>
          <Button data-testid="workflow-takedown" danger loading={common.loading}>{label}</Button>
        </Popconfirm>
      );
    }
    return <Button {...common} type={PRIMARY.has(action) ? 'primary' : 'default'} danger={DANGER.has(action)} onClick={() => run({ action })}>{label}</Button>;
  };

  return (
    <Card size="small" data-testid="workflow-actions" data-status={view.status}>
      <Space direction="vertical" style={{ width: '100%' }} size="small">
        <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
          <Space wrap>
            <WorkflowStatusTag status={view.status} />
            {view.compliance ? <DecisionTag decision={view.compliance.decision} riskScore={view.compliance.riskScore} /> : null}
            {view.waiting ? (
              <>
                <Tag data-testid="workflow-level">{t('review.levelRole', { level: view.waiting.level, role: t(`roles.${view.waiting.role}`, { defaultValue: view.waiting.role }) })}</Tag>
                <Typography.Text type="secondary">{t('review.approvals', { have: view.waiting.approvals, need: view.waiting.requiredApprovals })}</Typography.Text>
                {view.waiting.overdue ? <Tag color="red">{t('review.overdue')}</Tag> : <Typography.Text type="secondary">{t('review.due', { time: formatDateTime(view.waiting.dueAt, timeZone) })}</Typography.Text>}
              </>
            ) : null}
          </Space>
          <Space wrap>{view.allowedActions.map(button)}</Space>
        </Space>

        {view.rejection && (view.status === 'draft' || view.status === 'rejected') ? (
          <Alert
            data-testid="workflow-rejection"
            type="error"
            showIcon
            message={view.rejection.automatic ? t('review.rejectedAuto') : t('review.rejectedBy', { level: view.rejection.level })}
            description={<ul style={{ margin: 0, paddingInlineStart: 18 }}>{view.rejection.reasons.map((r, i) => <li key={i}>{r}</li>)}</ul>}
          />
        ) : null}

        {view.compliance && view.compliance.findings.length ? (
          <Collapse
            size="small"
            defaultActiveKey={view.compliance.decision === 'block' ? ['findings'] : []}
            items={[{ key: 'findings', label: `${t('review.compliance')} · ${t('review.findings', { count: view.compliance.findings.length })}`, children: <FindingsList findings={view.compliance.findings} /> }]}
          />
        ) : null}

        {view.reviews.length ? (
          <List
            size="small"
            header={<Typography.Text strong>{t('review.reviews')}</Typography.Text>}
            dataSource={view.reviews}
            data-testid="workflow-reviews"
            renderItem={(r) => (
              <List.Item style={{ paddingInline: 0 }}>
                <Space wrap>
                  <Tag>{t('review.level', { level: r.level })}</Tag>
                  <Tag color={r.decision === 'approved' ? 'green' : 'red'}>{t(r.decision === 'approved' ? 'review.actions.approve' : 'review.actions.reject')}</Tag>
                  <Typography.Text type="secondary">{formatDateTime(r.createdAt, timeZone)}</Typography.Text>
                  {r.reason ? <Typography.Text>{r.reason}</Typography.Text> : null}
                </Space>
              </List.Item>
            )}
          />
        ) : null}
      </Space>

      <RejectModal open={modal === 'reject'} busy={transition.isPending} onCancel={() => setModal(null)} onReject={(reason) => run({ action: 'reject', reason })} />
      <ScheduleModal open={modal === 'schedule'} busy={transition.isPending} timeZone={timeZone} onCancel={() => setModal(null)} onSchedule={(scheduledAt) => run({ action: 'schedule', scheduledAt })} />
    </Card>
  );
}
