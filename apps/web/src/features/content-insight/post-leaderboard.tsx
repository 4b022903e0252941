import { Button, Table, Tag, Typography } from 'antd';
import type { ColumnsType, SorterResult, SortOrder } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../lib/states';
import { formatDateTime } from '../../lib/time';
import { useWorkspace } from '../../lib/workspace-context';
import { PlatformIcon } from '../fans/platform-icon';
import { MetricLabel } from '../metrics/metric-label';
import { POST_METRIC_COLUMNS, usePostLeaderboard, type ContentFilters, type Post, type PostSort } from './content-insight.api';
import { formatContentMetric } from './content-format';
import { funnelStageLabel, pillarLabel } from './content-labels';

export interface LeaderboardSort {
  sort: PostSort;
  order: 'asc' | 'desc';
}

/** Posts of the range with every metric; metric columns sort on the server. */
export function PostLeaderboard({ filters, sort, onSort, platformName }: { filters: ContentFilters; sort: LeaderboardSort; onSort: (s: LeaderboardSort) => void; platformName: (p: string) => string }) {
  const { t, i18n } = useTranslation();
  const { workspace } = useWorkspace();
  const q = usePostLeaderboard(workspace.id, filters, sort.sort, sort.order);
  const tz = workspace.timeZone;
  if (q.error && !q.data) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const posts = q.data?.pages.flatMap((p) => p.items) ?? [];
  const total = q.data?.pages[0]?.total;
  const sortOrderOf = (key: PostSort): SortOrder => (sort.sort === key ? (sort.order === 'asc' ? 'ascend' : 'descend') : null);

  const columns: ColumnsType<Post> = [
    {
      title: t('contentInsight.columns.post'),
      key: 'post',
      fixed: 'left',
      width: 280,
      render: (_: unknown, p) => {
        const text = p.title || p.excerpt || p.publicationId;
        return (
          <div style={{ maxWidth: 270 }}>
            {p.permalink ? (
              <a href={p.permalink} target="_blank" rel="noreferrer" title={t('contentInsight.openPost')} data-testid={`post-link-${p.publicationId}`}>
                {text}
              </a>
            ) : (
              <Typography.Text>{text}</Typography.Text>
            )}
            <div style={{ fontSize: 12 }}>
              {p.pillar ? <Tag style={{ marginInlineEnd: 4 }}>{pillarLabel(p.pillar, i18n.language, t)}</Tag> : null}
              {p.funnelStage ? <Tag color="blue">{funnelStageLabel(p.funnelStage, t)}</Tag> : null}
            </div>
          </div>
        );
      },
    },
    {
      title: t('contentInsight.columns.account'),
      key: 'account',
      width: 170,
      render: (_: unknown, p) => (
        <span>
          <PlatformIcon platform={p.platform} title={platformName(p.platform)} /> {p.accountName ?? p.accountId ?? '—'}
        </span>
      ),
    },
    {
      title: t('contentInsight.columns.publishedAt'),
      key: 'published_at',
      dataIndex: 'publishedAt',
      width: 150,
      sorter: true,
      sortOrder: sortOrderOf('published_at'),
      sortDirections: ['descend', 'ascend', 'descend'],
      render: (v: string) => formatDateTime(v, tz),
    },
    ...POST_METRIC_COLUMNS.map((id) => ({
      title: <MetricLabel id={id} short />,
      key: id,
      align: 'right' as const,
      width: id.includes('rate') || id === 'ctr' ? 150 : 120,
      sorter: true,
      sortOrder: sortOrderOf(id),
      sortDirections: ['descend' as const, 'ascend' as const, 'descend' as const],
      render: (_: unknown, p: Post) => <span data-testid={`post-${p.publicationId}-${id}`}>{formatContentMetric(id, p.metrics[id])}</span>,
    })),
  ];

  return (
    <div data-testid="post-leaderboard-wrap" style={{ opacity: q.isPlaceholderData ? 0.6 : 1 }}>
      <Table<Post>
        data-testid="post-leaderboard"
        rowKey="publicationId"
        size="small"
        loading={q.isPending}
        dataSource={posts}
        columns={columns}
        pagination={false}
        scroll={{ x: 2300 }}
        locale={{ emptyText: t('contentInsight.noPosts') }}
        onChange={(_p, _f, sorter) => {
          const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<Post> | undefined;
          if (!s?.columnKey) return;
          onSort({ sort: s.columnKey as PostSort, order: s.order === 'ascend' ? 'asc' : 'desc' });
        }}
      />
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginTop: 12 }}>
        <Typography.Text type="secondary" data-testid="post-total">
          {total === undefined ? null : t('contentInsight.total', { count: total })}
        </Typography.Text>
        {q.hasNextPage ? (
          <Button data-testid="post-load-more" loading={q.isFetchingNextPage} onClick={() => void q.fetchNextPage()}>
            {t('contentInsight.loadMore')}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
