import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, Loading } from '../../lib/states';
import { AssetFilterBar } from './asset-filters';
import { AssetGrid } from './asset-grid';
import type { Asset } from './assets.api';
import type { useAssetBrowser } from './use-asset-browser';

/** Filters, then the grid with its loading / error / empty states. */
export function AssetBrowser({
  workspaceId,
  timeZone,
  browser,
  onOpen,
  selected,
  lockKind,
}: {
  workspaceId: string;
  timeZone: string;
  browser: ReturnType<typeof useAssetBrowser>;
  onOpen: (a: Asset) => void;
  selected?: ReadonlySet<string>;
  lockKind?: 'image' | 'video';
}) {
  const { t } = useTranslation();
  const { list, assets, filters, setFilters, filtered } = browser;
  let body;
  if (list.isLoading) body = <Loading testId="assets-loading" />;
  else if (list.error) body = <ErrorState error={list.error} onRetry={() => list.refetch()} />;
  else if (assets.length === 0) body = <EmptyState description={t(filtered ? 'assets.emptyFiltered' : 'assets.empty')} />;
  else
    body = (
      <AssetGrid
        assets={assets}
        onOpen={onOpen}
        selected={selected}
        hasMore={list.hasNextPage}
        loadingMore={list.isFetchingNextPage}
        onLoadMore={() => list.fetchNextPage()}
      />
    );
  return (
    <>
      <AssetFilterBar workspaceId={workspaceId} timeZone={timeZone} value={filters} onChange={setFilters} lockKind={lockKind} />
      {body}
    </>
  );
}
