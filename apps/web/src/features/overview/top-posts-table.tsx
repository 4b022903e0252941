import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatInteger, formatRate } from '../../lib/format';
import { formatDateTime } from '../../lib/time';
import type { Overview } from './overview.api';

type Post = Overview['topPosts'][number];

export function TopPostsTable({ posts, timeZone }: { posts: Post[]; timeZone: string }) {
  const { t } = useTranslation();
  return (
    <Table<Post>
      data-testid="top-posts"
      rowKey="publicationId"
      size="small"
      dataSource={posts}
      pagination={false}
      scroll={{ x: 760 }}
      locale={{ emptyText: t('overview.noPosts') }}
      columns={[
        {
          title: t('overview.post'),
          render: (_: unknown, p) => {
            const text = p.title || p.excerpt || p.publicationId;
            return (
              <div style={{ maxWidth: 380 }}>
                {p.permalink ? <a href={p.permalink} target="_blank" rel="noreferrer">{text}</a> : <Typography.Text>{text}</Typography.Text>}
                {p.title && p.excerpt ? (
                  <Typography.Paragraph type="secondary" ellipsis={{ rows: 1 }} style={{ margin: 0, fontSize: 12 }}>
                    {p.excerpt}
                  </Typography.Paragraph>
                ) : null}
              </div>
            );
          },
        },
        { title: t('overview.account'), dataIndex: 'accountName' },
        { title: t('overview.publishedAt'), dataIndex: 'publishedAt', render: (v: string) => formatDateTime(v, timeZone), width: 150 },
        { title: t('overview.kpi.impressions'), dataIndex: 'impressions', align: 'right', render: formatInteger },
        { title: t('overview.kpi.engagements'), dataIndex: 'engagements', align: 'right', render: formatInteger },
        { title: t('overview.kpi.engagementRate'), dataIndex: 'engagementRate', align: 'right', render: formatRate },
      ]}
    />
  );
}
