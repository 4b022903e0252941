import { Button, Card, Empty, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../lib/states';
import { formatDateTime } from '../../lib/time';
import { useWorkspace } from '../../lib/workspace-context';
import { useFanTimeline, type TimelineEvent } from './fans.api';
import { PlatformIcon } from './platform-icon';
import { useAccountDirectory } from './use-account-directory';

const CORE_EVENTS = new Set([
  'impression', 'like', 'comment', 'share', 'save', 'follow', 'unfollow', 'profile_visit', 'link_click', 'add_to_cart', 'order', 'video_view', 'video_complete', 'post_published',
]);

/** Properties as `key: value` pairs (objects as JSON), shortened. */
function propertyText(props: Record<string, unknown>): string {
  const text = Object.entries(props)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(' · ');
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

/** The profile's events (all its fan ids), newest first, 50 at a time; times in the workspace zone. */
export function FanTimelineCard({ profileId, fanIds }: { profileId: string; fanIds: string[] }) {
  const { t } = useTranslation();
  const { workspace, timeZone } = useWorkspace();
  const directory = useAccountDirectory(workspace.id);
  const timeline = useFanTimeline(workspace.id, fanIds);
  const events = timeline.data?.pages.flatMap((p) => p.items) ?? [];

  const item = (e: TimelineEvent) => {
    const account = directory.account(e.accountId);
    const platform = account?.platform ?? e.platform;
    return {
      key: e.seq,
      children: (
        <div data-testid="timeline-event">
          <Space size={8} wrap>
            <Typography.Text type="secondary" className="rsn-mono">{formatDateTime(e.occurredAt, timeZone)}</Typography.Text>
            <PlatformIcon platform={platform} title={account ? `${account.name} · ${account.platformName}` : directory.platformName(platform)} size={14} />
            <Typography.Text strong data-testid="timeline-event-name">{CORE_EVENTS.has(e.name) ? t(`fans.events.${e.name}`) : e.name}</Typography.Text>
            {account ? <Typography.Text type="secondary">{account.name}</Typography.Text> : null}
            {e.fanId !== profileId ? <Tag>{t('fans.timeline.fromMerged', { id: e.fanId })}</Tag> : null}
          </Space>
          {Object.keys(e.properties).length > 0 ? (
            <div><Typography.Text type="secondary" style={{ fontSize: 12, wordBreak: 'break-all' }}>{propertyText(e.properties)}</Typography.Text></div>
          ) : null}
        </div>
      ),
    };
  };

  return (
    <Card title={t('fans.timeline.title')} size="small" style={{ marginBottom: 16 }} data-testid="fan-timeline">
      {timeline.error ? (
        <ErrorState error={timeline.error} onRetry={() => void timeline.refetch()} />
      ) : timeline.isPending ? (
        <Skeleton active />
      ) : events.length === 0 ? (
        <Empty description={t('fans.timeline.empty')} />
      ) : (
        <>
          <Timeline items={events.map(item)} />
          <div style={{ textAlign: 'center' }}>
            {timeline.hasNextPage ? (
              <Button onClick={() => void timeline.fetchNextPage()} loading={timeline.isFetchingNextPage} data-testid="timeline-load-more">{t('common.loadMore')}</Button>
            ) : (
              <Typography.Text type="secondary">{t('fans.timeline.allLoaded')}</Typography.Text>
            )}
          </div>
        </>
      )}
    </Card>
  );
}
