import { DeleteOutlined, ReloadOutlined, SaveOutlined, ShareAltOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { PageHeader } from '../../app/page-header';
import { EmptyState, ErrorState, Loading, errorMessage } from '../../lib/states';
import { zoneLabel } from '../../lib/time';
import { useWorkspace } from '../../lib/workspace-context';
import { useAccounts, useBrands } from '../accounts/accounts.api';
import { useAccountDirectory } from '../fans/use-account-directory';
import { DashboardFiltersBar } from './dashboard-filters-bar';
import { DashboardGrid } from './dashboard-grid';
import { useDashboard, useDashboardMutations, useDashboardRun, type DashboardFilters, type Tile } from './dashboards.api';
import { moveTile, removeTile, resizeTile, sortTiles } from './layout';
import { ShareDialog } from './share-dialog';

/** Filters compared by value (the server's JSON may list the keys in another order). */
const filtersKey = (f: DashboardFilters) =>
  JSON.stringify(['preset' in f.range ? f.range.preset : [f.range.from, f.range.to], f.brandId ?? null, f.platform ?? null, f.accountId ?? null]);

/** A dashboard: its tiles computed for the page's date range and filters (saved as the default by writers). */
export function DashboardPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { dashboardId = '' } = useParams();
  const { workspace, timeZone, can } = useWorkspace();
  const canWrite = can('analytics.write');
  const dashboard = useDashboard(workspace.id, dashboardId);
  const { update, remove } = useDashboardMutations(workspace.id);
  // the page's filters start as the dashboard's saved ones (per dashboard, should the route switch to another)
  const [edited, setEdited] = useState<{ id: string; filters: DashboardFilters }>();
  const filters = edited?.id === dashboardId ? edited.filters : dashboard.data?.id === dashboardId ? dashboard.data.filters : undefined;
  const setFilters = (f: DashboardFilters) => setEdited({ id: dashboardId, filters: f });
  const [sharing, setSharing] = useState(false);
  const run = useDashboardRun(workspace.id, dashboard.data, filters);
  const brands = useBrands(workspace.id);
  const accounts = useAccounts(workspace.id);
  const directory = useAccountDirectory(workspace.id);

  if (dashboard.isPending) return <Loading testId="dashboard-loading" />;
  if (dashboard.error) return <ErrorState error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  const d = dashboard.data;
  const dirty = !!filters && filtersKey(filters) !== filtersKey(d.filters);
  const save = async (change: { layout?: Tile[]; filters?: DashboardFilters; name?: string }) => {
    try {
      await update.mutateAsync({ id: d.id, change });
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };
  // events carry their account's own platform (a sandbox account's events say "sandbox", whatever it simulates)
  const platforms = [...new Set((accounts.data ?? []).map((a) => a.platform))].map((p) => ({ id: p, name: directory.platformName(p) }));

  return (
    <>
      <PageHeader
        title={
          canWrite ? (
            <Typography.Text editable={{ onChange: (name) => name.trim() && name !== d.name && void save({ name: name.trim() }), triggerType: ['icon'] }} data-testid="dashboard-name" style={{ fontSize: 'inherit', fontWeight: 'inherit' }}>
              {d.name}
            </Typography.Text>
          ) : (
            <span data-testid="dashboard-name">{d.name}</span>
          )
        }
        subtitle={
          run.data ? (
            <span data-testid="dashboard-period" data-from={run.data.range.from} data-to={run.data.range.to}>
              {t('trends.period', { from: run.data.range.from, to: run.data.range.to })} · {zoneLabel(run.data.timeZone)}
            </span>
          ) : undefined
        }
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={() => void run.refetch()} loading={run.isFetching} data-testid="dashboard-refresh">
              {t('common.refresh')}
            </Button>
            {canWrite ? (
              <>
                <Button icon={<ShareAltOutlined />} onClick={() => setSharing(true)} data-testid="dashboard-share">
                  {t('dashboards.share')}
                </Button>
                <Popconfirm
                  title={t('dashboards.deleteConfirm')}
                  onConfirm={async () => {
                    await remove.mutateAsync(d.id);
                    navigate(`/w/${workspace.id}/dashboards`);
                  }}
                >
                  <Button danger icon={<DeleteOutlined />} data-testid="dashboard-delete">{t('common.delete')}</Button>
                </Popconfirm>
              </>
            ) : null}
          </>
        }
      />
      {filters ? (
        <Space wrap style={{ marginBottom: 16 }}>
          <DashboardFiltersBar
            value={filters}
            onChange={setFilters}
            timeZone={timeZone}
            brands={(brands.data ?? []).map((b) => ({ id: b.id, name: b.name }))}
            platforms={platforms}
            accounts={directory.accounts.map((a) => ({ id: a.id, name: a.name }))}
          />
          {canWrite && dirty ? (
            <Button icon={<SaveOutlined />} onClick={() => void save({ filters })} loading={update.isPending} data-testid="dashboard-save-filters">
              {t('dashboards.saveFilters')}
            </Button>
          ) : null}
        </Space>
      ) : null}
      {d.layout.length === 0 ? (
        <EmptyState description={t('dashboards.noTiles')}>
          <Link to={`/w/${workspace.id}/trends`} data-testid="dashboard-go-trends">{t('dashboards.goTrends')}</Link>
        </EmptyState>
      ) : run.isPending ? (
        <Loading testId="dashboard-run-loading" />
      ) : run.error ? (
        <ErrorState error={run.error} onRetry={() => void run.refetch()} />
      ) : run.data ? (
        <div style={{ opacity: run.isPlaceholderData ? 0.6 : 1 }} data-testid="dashboard-tiles" data-ready={!run.isFetching}>
          <DashboardGrid
            run={run.data}
            layout={d.layout}
            editing={
              canWrite
                ? (i, count) => {
                    const tile = sortTiles(d.layout)[i];
                    return {
                      canMoveUp: i > 0,
                      canMoveDown: i < count - 1,
                      move: (delta) => void save({ layout: moveTile(d.layout, i, delta) }),
                      resize: (w, h) => void save({ layout: resizeTile(d.layout, i, w, h) }),
                      remove: () => void save({ layout: removeTile(d.layout, i) }),
                      open: tile && run.data?.tiles.find((r) => r.queryId === tile.queryId)?.kind === 'trend' ? () => navigate(`/w/${workspace.id}/trends?query=${encodeURIComponent(tile.queryId)}`) : undefined,
                    };
                  }
                : undefined
            }
          />
        </div>
      ) : null}
      {canWrite ? <ShareDialog open={sharing} onClose={() => setSharing(false)} dashboardId={d.id} /> : null}
    </>
  );
}
