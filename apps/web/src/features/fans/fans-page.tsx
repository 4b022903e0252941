import type { ResponseOf } from '@resonance/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Input, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/page-header';
import { api, wsPath } from '../../lib/api';
import { ErrorState } from '../../lib/states';
import { formatDateTime } from '../../lib/time';
import { useWorkspace } from '../../lib/workspace-context';

type FansPage = ResponseOf<'/workspaces/{workspaceId}/fans', 'get'>;
type Fan = FansPage['items'][number];
type IdentityKind = Fan['identities'][number]['kind'];

const valuesOf = (f: Fan, kind: IdentityKind) => f.identities.filter((i) => i.kind === kind).map((i) => i.value);

/** Scalar traits as short tags (objects and lists are left to the fan's detail page). */
function traitTags(traits: Record<string, unknown>) {
  return Object.entries(traits)
    .filter(([, v]) => ['string', 'number', 'boolean'].includes(typeof v))
    .slice(0, 4)
    .map(([k, v]) => <Tag key={k}>{`${k}: ${String(v)}`}</Tag>);
}

export function FansPage() {
  const { t } = useTranslation();
  const { workspace, timeZone, can } = useWorkspace();
  const [q, setQ] = useState('');
  const fans = useInfiniteQuery({
    queryKey: ['fans', workspace.id, q],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => api.get<FansPage>(wsPath(workspace.id, '/fans'), { q, limit: 50, cursor: pageParam }),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = fans.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <PageHeader title={t('nav.fans')} />
      {!can('fans.pii') ? <Alert type="info" showIcon message={t('fans.masked')} style={{ marginBottom: 16 }} /> : null}
      <Card>
        <Input.Search
          data-testid="fans-search"
          allowClear
          placeholder={t('fans.searchPlaceholder')}
          enterButton
          maxLength={100}
          style={{ maxWidth: 420, marginBottom: 16 }}
          onSearch={(v) => setQ(v.trim())}
        />
        {fans.error ? (
          <ErrorState error={fans.error} onRetry={() => void fans.refetch()} />
        ) : (
          <>
            <Table<Fan>
              data-testid="fans-table"
              rowKey="id"
              size="small"
              loading={fans.isPending}
              dataSource={rows}
              pagination={false}
              scroll={{ x: 1000 }}
              locale={{ emptyText: q ? t('fans.noMatch') : t('fans.empty') }}
              columns={[
                { title: t('fans.name'), dataIndex: 'displayName' },
                { title: t('fans.phone'), render: (_: unknown, f) => <span className="rsn-mono">{valuesOf(f, 'phone').join(', ') || '—'}</span> },
                { title: t('auth.email'), render: (_: unknown, f) => <span className="rsn-mono">{valuesOf(f, 'email').join(', ') || '—'}</span> },
                { title: t('fans.identities'), render: (_: unknown, f) => t('fans.identityCount', { count: f.identities.length }) },
                { title: t('fans.traits'), dataIndex: 'traits', render: traitTags },
                { title: t('fans.firstSeen'), render: (_: unknown, f) => formatDateTime(f.firstSeenAt ?? f.createdAt, timeZone) },
                { title: t('fans.lastSeen'), dataIndex: 'lastSeenAt', render: (v: string | null) => formatDateTime(v, timeZone) },
              ]}
            />
            {fans.hasNextPage ? (
              <div style={{ textAlign: 'center', marginTop: 16 }}>
                <Button onClick={() => void fans.fetchNextPage()} loading={fans.isFetchingNextPage} data-testid="fans-load-more">{t('common.loadMore')}</Button>
              </div>
            ) : null}
          </>
        )}
      </Card>
    </>
  );
}
