import { App, Alert, Button, Divider, Drawer, List, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from './queue-errors';
import { errorMessage, ErrorState, Loading } from '../../lib/states';
import { zoneLabel } from '../../lib/time';
import { useQueue, useQueues, useSaveQueue, type QueueSlot } from './calendar.api';
import { QueueSlotsEditor } from './queue-slots-editor';
import { QueueSuggestions } from './queue-suggestions';

/** Per-account queue settings: weekly slots, the next slots and best-time suggestions. */
export function QueueDrawer({ workspaceId, timeZone, open, onClose, canEdit }: { workspaceId: string; timeZone: string; open: boolean; onClose: () => void; canEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queues = useQueues(workspaceId);
  const [accountId, setAccountId] = useState<string | null>(null);
  const detail = useQueue(workspaceId, open ? accountId : null);
  const save = useSaveQueue(workspaceId);
  const [slots, setSlots] = useState<QueueSlot[]>([]);
  const [badTime, setBadTime] = useState(false);

  useEffect(() => {
    if (!accountId && queues.data?.items[0]) setAccountId(queues.data.items[0].accountId);
  }, [accountId, queues.data]);
  useEffect(() => {
    if (detail.data) setSlots(detail.data.slots);
  }, [detail.data]);

  const submit = () =>
    save.mutate(
      { accountId: accountId!, slots },
      {
        onSuccess: () => void message.success(t('calendar.queue.saved')),
        onError: (err) => void message.error(applyFieldErrors(err) ?? errorMessage(err)),
      },
    );
  const pick = (weekday: number, time: string) => setSlots((s) => (s.some((x) => x.weekday === weekday && x.time === time) ? s : [...s, { weekday, time }]));

  return (
    <Drawer
      open={open}
      onClose={onClose}
      width={520}
      title={t('calendar.queue.title')}
      data-testid="queue-drawer"
      extra={
        canEdit && accountId ? (
          <Button type="primary" data-testid="queue-save" loading={save.isPending} onClick={submit}>
            {t('common.save')}
          </Button>
        ) : null
      }
    >
      {queues.error ? <ErrorState error={queues.error} onRetry={() => void queues.refetch()} /> : null}
      {queues.data && !queues.data.items.length ? <Alert type="info" message={t('calendar.queue.noAccounts')} /> : null}
      {queues.data?.items.length ? (
        <Space direction="vertical" style={{ width: '100%' }} size="middle">
          <Select
            data-testid="queue-account"
            style={{ width: '100%' }}
            placeholder={t('calendar.queue.pickAccount')}
            value={accountId ?? undefined}
            onChange={(v: string) => setAccountId(v)}
            options={queues.data.items.map((q) => ({ value: q.accountId, label: `${q.accountName} · ${q.platform}` }))}
          />
          {!canEdit ? <Typography.Text type="secondary">{t('calendar.queue.readOnly')}</Typography.Text> : null}
          {detail.isPending && accountId ? <Loading /> : null}
          {detail.error ? <ErrorState error={detail.error} onRetry={() => void detail.refetch()} /> : null}
          {detail.data ? (
            <>
              <div>
                <Typography.Title level={5}>{t('calendar.queue.slots', { zone: zoneLabel(timeZone) })}</Typography.Title>
                <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
                  {t('calendar.queue.slotsHint')}
                </Typography.Paragraph>
                {badTime ? <Alert type="warning" showIcon closable onClose={() => setBadTime(false)} message={t('calendar.queue.badTime')} style={{ marginBottom: 8 }} /> : null}
                <QueueSlotsEditor slots={slots} onChange={setSlots} disabled={!canEdit} onBadTime={() => setBadTime(true)} />
              </div>
              <Divider style={{ margin: '8px 0' }} />
              <QueueSuggestions suggestions={detail.data.suggestions} onPick={canEdit ? pick : undefined} />
              <Divider style={{ margin: '8px 0' }} />
              <div>
                <Typography.Title level={5}>{t('calendar.queue.upcoming')}</Typography.Title>
                <List
                  size="small"
                  data-testid="queue-upcoming"
                  dataSource={detail.data.upcoming}
                  locale={{ emptyText: t('calendar.queue.noUpcoming') }}
                  renderItem={(u) => (
                    <List.Item>
                      <span>
                        {u.localDate} {u.localTime}
                      </span>
                      <Tag color={u.taken ? 'orange' : 'green'}>{u.taken ? t('calendar.queue.taken') : t('calendar.queue.free')}</Tag>
                    </List.Item>
                  )}
                />
              </div>
            </>
          ) : null}
        </Space>
      ) : null}
    </Drawer>
  );
}
