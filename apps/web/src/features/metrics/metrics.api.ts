import type { ResponseOf } from '@resonance/contracts';
import { useQuery } from '@tanstack/react-query';
import { api, wsPath } from '../../lib/api';

/** `GET /workspaces/{workspaceId}/metrics`: the metric catalog (the server's definitions). */
type Catalog = ResponseOf<'/workspaces/{workspaceId}/metrics', 'get'>;
export type CatalogMetric = Catalog['items'][number];
export type MetricGroup = CatalogMetric['group'];
/** What a metric's name and definition tooltip need (the catalog entry, or its copy in a dashboard run). */
export type MetricDefinition = Pick<CatalogMetric, 'id' | 'name' | 'description' | 'formulaText'> & { unit: string };

const catalogQuery = (workspaceId: string) => ({
  queryKey: ['metrics', workspaceId],
  queryFn: async () => (await api.get<Catalog>(wsPath(workspaceId, '/metrics'))).items,
  staleTime: 60 * 60_000,
});

// Module-level so the query keeps the same Map between renders (an inline select would rebuild it each time).
const byId = (items: CatalogMetric[]) => new Map(items.map((m) => [m.id, m]));

/** The catalog in its order (groups, pickers). */
export function useMetricCatalog(workspaceId: string) {
  return useQuery(catalogQuery(workspaceId));
}

/** The catalog by metric id (labels). */
export function useMetricCatalogById(workspaceId: string) {
  return useQuery({ ...catalogQuery(workspaceId), select: byId });
}
