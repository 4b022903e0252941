import { App, Button, Card, Popconfirm, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorState, errorMessage } from '../../lib/states';
import { formatDateTime } from '../../lib/time';
import { useWorkspace } from '../../lib/workspace-context';
import { useMembers } from '../members/members.api';
import { useFanMergeMutations, useFanMerges, type FanMerge } from './fans.api';

/** Merges this profile took part in, newest first; members with fans.merge can undo one still in effect. */
export function FanMergesCard({ fanId }: { fanId: string }) {
  const { t } = useTranslation();
  const { workspace, timeZone, can } = useWorkspace();
  const merges = useFanMerges(workspace.id, fanId);
  const members = useMembers(workspace.id);
  const { undo } = useFanMergeMutations(workspace.id);
  const { message } = App.useApp();
  const actorName = (id: string) => {
    const m = members.data?.find((x) => x.userId === id);
    return m ? m.name || m.email : id;
  };
  const link = (id: string) => <Link to={`/w/${workspace.id}/fans/${id}`} className="rsn-mono">{id}</Link>;

  return (
    <Card title={t('fans.merges.title')} size="small" style={{ marginBottom: 16 }}>
      {merges.error ? (
        <ErrorState error={merges.error} onRetry={() => void merges.refetch()} />
      ) : (
        <Table<FanMerge>
          data-testid="fan-merges"
          size="small"
          rowKey="id"
          loading={merges.isPending}
          dataSource={merges.data ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          locale={{ emptyText: t('fans.merges.empty') }}
          scroll={{ x: 900 }}
          columns={[
            { title: t('fans.merges.at'), dataIndex: 'createdAt', width: 150, render: (v: string) => formatDateTime(v, timeZone) },
            {
              title: t('fans.merges.what'),
              render: (_: unknown, m) =>
                m.survivorId === fanId ? (
                  <>{t('fans.merges.intoThis', { name: m.merged.displayName })} ({link(m.mergedId)})</>
                ) : (
                  <>{t('fans.merges.thisInto', { name: m.merged.displayName })} {link(m.survivorId)}</>
                ),
            },
            { title: t('fans.merges.reason'), dataIndex: 'reason', render: (r: FanMerge['reason']) => t(`fans.merges.reasons.${r}`) },
            {
              title: t('fans.merges.moved'),
              render: (_: unknown, m) => (
                <Tooltip title={m.movedIdentities.map((i) => `${t(`fans.kinds.${i.kind}`)}: ${i.value}`).join('\n')}>
                  <span>{t('fans.merges.movedCount', { count: m.movedIdentities.length })}</span>
                </Tooltip>
              ),
            },
            { title: t('fans.merges.actor'), dataIndex: 'actor', render: actorName },
            {
              title: t('fans.merges.status'),
              render: (_: unknown, m) =>
                m.undoneAt ? (
                  <Tag>{t('fans.merges.undoneAt', { at: formatDateTime(m.undoneAt, timeZone) })}</Tag>
                ) : (
                  <Tag color="blue">{t('fans.merges.active')}</Tag>
                ),
            },
            {
              title: '',
              align: 'right',
              render: (_: unknown, m) =>
                can('fans.merge') && !m.undoneAt ? (
                  <Popconfirm
                    title={<Typography.Paragraph style={{ maxWidth: 320, margin: 0 }}>{t('fans.merges.undoConfirm')}</Typography.Paragraph>}
                    onConfirm={() => undo.mutateAsync(m.id).then(() => message.success(t('fans.merges.undone')), (e) => message.error(errorMessage(e)))}
                  >
                    <Button size="small" data-testid={`undo-merge-${m.id}`}>{t('fans.merges.undo')}</Button>
                  </Popconfirm>
                ) : null,
            },
          ]}
        />
      )}
    </Card>
  );
}
