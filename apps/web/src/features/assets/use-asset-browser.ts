import { useMemo, useState } from 'react';
import { useAssets, type Asset, type AssetFilters } from './assets.api';

/** Filters + the paged list, shared by the library page and the picker. */
export function useAssetBrowser(workspaceId: string, lockKind?: 'image' | 'video') {
  const [filters, setFilters] = useState<AssetFilters>({});
  const effective = useMemo(() => (lockKind ? { ...filters, kind: lockKind } : filters), [filters, lockKind]);
  const list = useAssets(workspaceId, effective);
  const assets: Asset[] = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  const filtered = Boolean(filters.q || filters.kind || filters.tags?.length || filters.from || filters.to);
  return { filters, setFilters, list, assets, filtered };
}
