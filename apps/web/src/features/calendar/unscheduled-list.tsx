import { App, Button, Card, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../lib/states';
import { formatDateTime } from '../../lib/time';
import { useCalendarMutations, type UnscheduledEntry } from './calendar.api';
import { statusColor } from './calendar-status';

/** Drafts and items in review without a time; each variant can be put on its account's queue. */
export function UnscheduledList({
  workspaceId,
  timeZone,
  items,
  loading,
  canPublish,
}: {
  workspaceId: string;
  timeZone: string;
  items: UnscheduledEntry[];
  loading: boolean;
  canPublish: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { addToQueue } = useCalendarMutations(workspaceId);
  const queue = (u: UnscheduledEntry) =>
    addToQueue.mutate(
      { contentId: u.contentId, variantId: u.variantId! },
      {
        onSuccess: (r) => void message.success(t('calendar.unscheduled.queued', { time: formatDateTime(r.scheduledAt, timeZone) })),
        onError: (err) => void message.error(errorMessage(err)),
      },
    );
  return (
    <Card size="small" title={t('calendar.unscheduled.title')} data-testid="calendar-unscheduled" extra={<Typography.Text type="secondary">{items.length}</Typography.Text>}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('calendar.unscheduled.hint')}
      </Typography.Paragraph>
      <List<UnscheduledEntry>
        size="small"
        loading={loading}
        dataSource={items}
        locale={{ emptyText: t('calendar.unscheduled.empty') }}
        renderItem={(u) => (
          <List.Item
            key={`${u.contentId}:${u.variantId ?? ''}`}
            data-testid={`calendar-unscheduled-${u.contentId}`}
            actions={
              canPublish && u.variantId
                ? [
                    <Button key="q" size="small" loading={addToQueue.isPending && addToQueue.variables?.variantId === u.variantId} onClick={() => queue(u)}>
                      {t('calendar.unscheduled.addToQueue')}
                    </Button>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={<Link to={`/w/${workspaceId}/studio/${u.contentId}`}>{u.title || u.contentId}</Link>}
              description={
                <>
                  <Tag color={statusColor(u.status)}>{t(`calendar.status.${u.status}`)}</Tag>
                  {u.accountName ?? (u.variantId ? u.accountId : t('calendar.unscheduled.noVariant'))}
                </>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
