import { App, Button, Space, Table, Typography } from 'antd';
import { useMemo, useRef, useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { PageHeader } from '../../app/page-header';
import { EmptyState, errorMessage, ErrorState } from '../../lib/states';
import { formatDateTime } from '../../lib/time';
import { useWorkspace } from '../../lib/workspace-context';
import { WorkflowStatusTag } from '../review/status-tag';
import { useMentionable } from './comments/comments.api';
import { StudioFilters } from './studio-filters';
import { newIdempotencyKey, useCreateItem, useItems, type ItemFilters, type ItemSummary } from './studio.api';

const PAGE_SIZE = 20;

/** The content items of the workspace: filters, cursor paging, and "New content" (a draft, then the editor). */
export function StudioListPage() {
  // the App context's message (antd's static one does not render under React 19)
  const { message } = App.useApp();
  const { t } = useTranslation();
  const { workspace, can, timeZone } = useWorkspace();
  const navigate = useNavigate();
  const [filters, setFilters] = useState<ItemFilters>({});
  // cursors[i] opens page i + 1 (null = the first page)
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const page = cursors.length;
  const items = useItems(workspace.id, filters, cursors[page - 1] ?? null, PAGE_SIZE);
  const members = useMentionable(workspace.id);
  const names = useMemo(() => new Map((members.data ?? []).map((m) => [m.userId, m.name])), [members.data]);
  const create = useCreateItem(workspace.id);
  // one key per click of "New content": a retried request (same key) does not create a second draft
  const createKey = useRef<string | null>(null);
  const writable = can('content.write');

  const createItem = () => {
    createKey.current ??= newIdempotencyKey();
    create.mutate(
      { body: {}, key: createKey.current },
      {
        onSuccess: (item) => {
          createKey.current = null;
          navigate(`/w/${workspace.id}/studio/${item.id}`);
        },
        onError: (err) => message.error(errorMessage(err)),
      },
    );
  };
  const applyFilters = (f: ItemFilters) => {
    setFilters(f);
    setCursors([null]);
  };

  return (
    <>
      <PageHeader
        title={t('nav.studio')}
        subtitle={t('studio.subtitle')}
        extra={
          writable ? (
            <Button type="primary" data-testid="studio-new" loading={create.isPending} onClick={createItem}>
              {t('studio.newContent')}
            </Button>
          ) : null
        }
      />
      {!writable ? <Typography.Paragraph type="secondary">{t('studio.readOnlyRole')}</Typography.Paragraph> : null}
      <StudioFilters value={filters} onChange={applyFilters} />
      {items.error ? (
        <ErrorState error={items.error} onRetry={() => items.refetch()} />
      ) : (
        <>
          <Table<ItemSummary>
            data-testid="studio-table"
            rowKey="id"
            size="middle"
            loading={items.isLoading || items.isFetching}
            dataSource={items.data?.items ?? []}
            pagination={false}
            locale={{ emptyText: <EmptyState description={t('studio.empty')} /> }}
            onRow={(item) => ({ 'data-testid': `studio-row-${item.id}`, style: { cursor: 'pointer' }, onClick: () => navigate(`/w/${workspace.id}/studio/${item.id}`) }) as HTMLAttributes<HTMLElement>}
            columns={[
              {
                key: 'title',
                title: t('studio.columns.title'),
                render: (_, item) => (
                  <Space direction="vertical" size={0}>
                    <Typography.Text strong>{item.title || t('studio.untitled')}</Typography.Text>
                    <Typography.Text type="secondary" ellipsis style={{ maxWidth: 360, fontSize: 12 }}>
                      {item.body}
                    </Typography.Text>
                  </Space>
                ),
              },
              { key: 'status', title: t('studio.columns.status'), render: (_, item) => <WorkflowStatusTag status={item.status} /> },
              { key: 'pillar', title: t('studio.columns.pillar'), render: (_, item) => item.pillar ?? '—' },
              { key: 'stage', title: t('studio.columns.stage'), render: (_, item) => (item.funnelStage ? t(`studio.stages.${item.funnelStage}`) : '—') },
              { key: 'campaign', title: t('studio.columns.campaign'), render: (_, item) => item.campaign ?? '—' },
              { key: 'owner', title: t('studio.columns.owner'), render: (_, item) => names.get(item.ownerId) ?? item.ownerId },
              { key: 'updated', title: t('studio.columns.updated'), render: (_, item) => formatDateTime(item.updatedAt, timeZone) },
            ]}
          />
          <Space style={{ marginTop: 16, justifyContent: 'flex-end', width: '100%' }}>
            <Button data-testid="studio-prev" disabled={page === 1} onClick={() => setCursors(cursors.slice(0, -1))}>
              {t('studio.paging.previous')}
            </Button>
            <Typography.Text type="secondary">{t('studio.paging.page', { page })}</Typography.Text>
            <Button data-testid="studio-next" disabled={!items.data?.nextCursor} onClick={() => setCursors([...cursors, items.data?.nextCursor ?? null])}>
              {t('studio.paging.next')}
            </Button>
          </Space>
        </>
      )}
    </>
  );
}
