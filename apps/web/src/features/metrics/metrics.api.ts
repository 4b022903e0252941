import type { ResponseOf } from '@resonance/contracts';
import { useQuery } from '@tanstack/react-query';
import { api, wsPath } from '../../lib/api';

/** `GET /workspaces/{workspaceId}/metrics`: the metric catalog (the server's definitions). */
type Catalog = ResponseOf<'/workspaces/{workspaceId}/metrics', 'get'>;
export type CatalogMetric = Catalog['items'][number];

// Module-level so the query keeps the same Map between renders (an inline select would rebuild it each time).
const byId = (items: CatalogMetric[]) => new Map(items.map((m) => [m.id, m]));

export function useMetricCatalogById(workspaceId: string) {
  return useQuery({
    queryKey: ['metrics', workspaceId],
    queryFn: async () => (await api.get<Catalog>(wsPath(workspaceId, '/metrics'))).items,
    staleTime: 60 * 60_000,
    select: byId,
  });
}
