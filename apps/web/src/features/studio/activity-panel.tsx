import { Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, Loading } from '../../lib/states';
import { formatDateTime } from '../../lib/time';
import { useWorkspace } from '../../lib/workspace-context';
import { useActivity, type Activity } from './studio.api';

/** A short, language-neutral summary of an entry's detail (changed fields, from → to, the link). */
function summary(a: Activity, t: (k: string, o?: Record<string, unknown>) => string): string {
  const d = a.detail as Record<string, unknown>;
  if (Array.isArray(d.fields)) return (d.fields as string[]).join(', ');
  if (a.kind === 'transition' && typeof d.from === 'string' && typeof d.to === 'string') {
    return `${t(`review.status.${d.from}`, { defaultValue: d.from })} → ${t(`review.status.${d.to}`, { defaultValue: d.to })}`;
  }
  if (typeof d.url === 'string') return d.url;
  if (typeof d.reason === 'string') return d.reason;
  return '';
}

/** The item's history, newest first. */
export function ActivityPanel({ contentId }: { contentId: string }) {
  const { t } = useTranslation();
  const { workspace, timeZone } = useWorkspace();
  const activity = useActivity(workspace.id, contentId);
  if (activity.isLoading) return <Loading testId="activity-loading" />;
  if (activity.error || !activity.data) return <ErrorState error={activity.error} onRetry={() => activity.refetch()} />;
  if (activity.data.items.length === 0) return <EmptyState description={t('studio.activity.empty')} />;
  return (
    <Timeline
      data-testid="studio-activity"
      items={activity.data.items.map((a) => ({
        key: a.id,
        children: (
          <div data-testid="activity-entry" data-kind={a.kind}>
            <Typography.Text strong>{a.actorName ?? t('studio.activity.system')}</Typography.Text>{' '}
            <Tag bordered={false}>{t(`studio.activity.kinds.${a.kind}`, { defaultValue: a.kind })}</Tag>
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(a.createdAt, timeZone)} {summary(a, t)}
              </Typography.Text>
            </div>
          </div>
        ),
      }))}
    />
  );
}
