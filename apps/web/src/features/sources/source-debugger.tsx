import { Drawer, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorState } from '../../lib/states';
import { formatDateTime } from '../../lib/time';
import { useWorkspace } from '../../lib/workspace-context';
import { useSourceDebugger, type DebugEntry, type EventSource } from './sources.api';

const STATUS_COLORS: Record<DebugEntry['status'], string> = { accepted: 'green', duplicate: 'default', rejected: 'red' };

/** Live event debugger: the last 100 events a source sent, newest first, with what validation said. */
export function SourceDebugger({ source, onClose }: { source: EventSource | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { workspace, timeZone } = useWorkspace();
  const entries = useSourceDebugger(workspace.id, source?.id ?? null);
  return (
    <Drawer open={source !== null} onClose={onClose} width={960} title={t('sources.debugger.title', { name: source?.name ?? '' })} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('sources.debugger.hint')}</Typography.Paragraph>
      {entries.error ? (
        <ErrorState error={entries.error} onRetry={() => void entries.refetch()} />
      ) : (
        <Table<DebugEntry>
          data-testid="source-debugger"
          rowKey="id"
          size="small"
          loading={entries.isPending}
          dataSource={entries.data ?? []}
          pagination={false}
          locale={{ emptyText: t('sources.debugger.empty') }}
          expandable={{ expandedRowRender: (r) => <pre className="rsn-mono rsn-pre">{r.excerpt}</pre> }}
          columns={[
            { title: t('sources.debugger.receivedAt'), dataIndex: 'receivedAt', width: 170, render: (v: string) => formatDateTime(v, timeZone) },
            {
              title: t('common.status'),
              dataIndex: 'status',
              width: 100,
              render: (s: DebugEntry['status']) => <Tag color={STATUS_COLORS[s]}>{t(`sources.debugger.status.${s}`)}</Tag>,
            },
            { title: t('sources.debugger.event'), dataIndex: 'name', render: (v: string | null) => v ?? '—' },
            {
              title: t('sources.debugger.fan'),
              dataIndex: 'fanId',
              render: (v: string | null) => (v ? <Link to={`/w/${workspace.id}/fans/${v}`}>{v}</Link> : t('sources.debugger.anonymous')),
            },
            {
              title: t('sources.debugger.result'),
              render: (_: unknown, r: DebugEntry) => (r.error ? <Typography.Text type="danger">{`${r.errorPath}: ${r.error}`}</Typography.Text> : (r.messageId ?? '')),
            },
          ]}
        />
      )}
    </Drawer>
  );
}
