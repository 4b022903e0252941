import { Alert, Button, Card, Space, Table } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../app/page-header';
import { ErrorState } from '../../lib/states';
import { formatDateTime } from '../../lib/time';
import { useWorkspace } from '../../lib/workspace-context';
import { FanFilterBar } from './fan-filter-bar';
import { IDENTITY_KINDS, useFans, type Fan, type FanFilters, type IdentityKind } from './fans.api';
import { IdentityKindIcon, PlatformIcon } from './platform-icon';
import { traitTags } from './trait-tags';
import { useAccountDirectory } from './use-account-directory';

const FILTER_KEYS = ['q', 'kind', 'accountId', 'consent', 'seenAfter', 'seenBefore', 'trait'] as const;

const valuesOf = (f: Fan, kind: IdentityKind) => f.identities.filter((i) => i.kind === kind).map((i) => i.value);

/** The filters live in the page URL, so going back from a profile keeps the search. */
function useUrlFilters(): [FanFilters, (f: FanFilters) => void] {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const filters = useMemo(() => {
    const f: FanFilters = {};
    for (const k of FILTER_KEYS) {
      const v = params.get(k);
      if (v) (f as Record<string, string>)[k] = v;
    }
    if (f.kind && !IDENTITY_KINDS.includes(f.kind)) delete f.kind;
    return f;
  }, [key]); // keyed on the query string: a stable object while the URL stays the same
  const set = (f: FanFilters) => setParams(Object.entries(f).filter(([, v]) => v) as [string, string][]);
  return [filters, set];
}

export function FansPage() {
  const { t } = useTranslation();
  const { workspace, timeZone, can } = useWorkspace();
  const [filters, setFilters] = useUrlFilters();
  const directory = useAccountDirectory(workspace.id);
  const fans = useFans(workspace.id, filters);
  const rows = fans.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = Object.keys(filters).length > 0;

  /** One icon per account (platform) or identity kind the fan has. */
  const identityIcons = (f: Fan) => {
    const seen = new Set<string>();
    const icons = [];
    for (const i of f.identities) {
      const account = i.kind === 'platform_user' ? directory.account(i.namespace) : undefined;
      const key = i.kind === 'platform_user' ? `a:${i.namespace}` : `k:${i.kind}`;
      if (seen.has(key)) continue;
      seen.add(key);
      icons.push(
        i.kind === 'platform_user' ? (
          <PlatformIcon key={key} platform={account?.platform ?? 'unknown'} title={account ? `${account.name} · ${account.platformName}` : i.namespace} size={14} />
        ) : (
          <span key={key} title={t(`fans.kinds.${i.kind}`)}><IdentityKindIcon kind={i.kind} /></span>
        ),
      );
    }
    return <Space size={6} wrap>{icons}<span style={{ color: '#888' }}>{t('fans.identityCount', { count: f.identities.length })}</span></Space>;
  };

  return (
    <>
      <PageHeader title={t('nav.fans')} />
      {!can('fans.pii') ? <Alert type="info" showIcon message={t('fans.masked')} style={{ marginBottom: 16 }} /> : null}
      <Card>
        <FanFilterBar value={filters} onChange={setFilters} />
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
              scroll={{ x: 1100 }}
              locale={{ emptyText: filtered ? t('fans.noMatch') : t('fans.empty') }}
              columns={[
                {
                  title: t('fans.name'),
                  dataIndex: 'displayName',
                  render: (name: string, f) => <Link to={`/w/${workspace.id}/fans/${f.id}`} data-testid={`fan-link-${f.id}`}>{name}</Link>,
                },
                { title: t('fans.phone'), render: (_: unknown, f) => <span className="rsn-mono">{valuesOf(f, 'phone').join(', ') || '—'}</span> },
                { title: t('fans.email'), render: (_: unknown, f) => <span className="rsn-mono">{valuesOf(f, 'email').join(', ') || '—'}</span> },
                { title: t('fans.identities'), render: (_: unknown, f) => identityIcons(f) },
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
