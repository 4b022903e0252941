import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, List, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { formatDateTime } from '../../lib/time';
import { EmptyState, ErrorState, Loading } from '../../lib/states';
import { useWorkspace } from '../../lib/workspace-context';
import { useNotificationMutations, useNotifications, useUnreadCount, type NotificationItem } from './notifications.api';

/** The bell in the workspace header: unread badge, and a dropdown of my latest notifications linking to the item. */
export function NotificationBell() {
  const { t } = useTranslation();
  const { workspace, timeZone } = useWorkspace();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const unread = useUnreadCount(workspace.id);
  const list = useNotifications(workspace.id, open);
  const { read, readAll } = useNotificationMutations(workspace.id);

  const openItem = (n: NotificationItem) => {
    if (!n.readAt) read.mutate(n.id);
    setOpen(false);
    if (n.link) navigate(n.link);
  };

  const content = (
    <div style={{ width: 360, maxHeight: 420, overflow: 'auto' }} data-testid="notification-list">
      {list.isLoading ? (
        <Loading />
      ) : list.error ? (
        <ErrorState error={list.error} onRetry={() => list.refetch()} />
      ) : !list.data?.items.length ? (
        <EmptyState description={t('notifications.empty')} />
      ) : (
        <List
          size="small"
          dataSource={list.data.items}
          renderItem={(n) => (
            <List.Item
              key={n.id}
              data-testid="notification-item"
              data-kind={n.kind}
              onClick={() => openItem(n)}
              style={{ cursor: 'pointer', background: n.readAt ? undefined : '#f0f7ff', paddingInline: 8 }}
            >
              <List.Item.Meta
                title={<Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>}
                description={
                  <>
                    <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ marginBottom: 0 }}>{n.body}</Typography.Paragraph>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatDateTime(n.createdAt, timeZone)}</Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
    </div>
  );

  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
      title={
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
          <span>{t('notifications.title')}</span>
          <Button size="small" type="link" data-testid="notifications-read-all" disabled={!unread.data?.unread} loading={readAll.isPending} onClick={() => readAll.mutate()}>
            {t('notifications.markAllRead')}
          </Button>
        </div>
      }
      content={content}
    >
      <Badge count={unread.data?.unread ?? 0} size="small" data-testid="notification-badge">
        <Button type="text" icon={<BellOutlined />} aria-label={t('notifications.bell')} data-testid="notification-bell" />
      </Badge>
    </Popover>
  );
}
