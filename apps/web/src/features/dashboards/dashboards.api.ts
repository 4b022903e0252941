import type { RequestOf, ResponseOf } from '@resonance/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, wsPath } from '../../lib/api';

type DashboardList = ResponseOf<'/workspaces/{workspaceId}/dashboards', 'get'>;
export type Dashboard = ResponseOf<'/workspaces/{workspaceId}/dashboards/{dashboardId}', 'get'>;
export type DashboardFilters = Dashboard['filters'];
export type Tile = Dashboard['layout'][number];
export type DashboardUpdate = RequestOf<'/workspaces/{workspaceId}/dashboards/{dashboardId}', 'patch'>;
export type DashboardRun = ResponseOf<'/workspaces/{workspaceId}/dashboards/{dashboardId}/run', 'post'>;
export type TileResult = DashboardRun['tiles'][number];
export type SharedDashboard = ResponseOf<'/share/{token}', 'get'>;
export type SavedQuery = ResponseOf<'/workspaces/{workspaceId}/saved-queries/{queryId}', 'get'>;
export type QueryKind = SavedQuery['kind'];
type SavedQueryList = ResponseOf<'/workspaces/{workspaceId}/saved-queries', 'get'>;
type NewSavedQuery = RequestOf<'/workspaces/{workspaceId}/saved-queries', 'post'>;
type ShareLinkList = ResponseOf<'/workspaces/{workspaceId}/dashboards/{dashboardId}/share-links', 'get'>;
export type ShareLink = ShareLinkList['items'][number];
export type CreatedShareLink = ResponseOf<'/workspaces/{workspaceId}/dashboards/{dashboardId}/share-links', 'post'>;

const dashPath = (ws: string, id: string, rest = '') => wsPath(ws, `/dashboards/${encodeURIComponent(id)}${rest}`);

export function useDashboards(workspaceId: string) {
  return useQuery({ queryKey: ['dashboards', workspaceId], queryFn: async () => (await api.get<DashboardList>(wsPath(workspaceId, '/dashboards'))).items });
}

const dashboardQuery = (workspaceId: string, dashboardId: string) => ({
  queryKey: ['dashboards', workspaceId, dashboardId],
  queryFn: () => api.get<Dashboard>(dashPath(workspaceId, dashboardId)),
});

const dashboardRunQuery = (workspaceId: string, dashboard: Dashboard | undefined, filters: DashboardFilters | undefined) => ({
  // moving or resizing tiles does not change any number: only the set of queries and the filters do
  queryKey: ['dashboard-run', workspaceId, dashboard?.id, [...new Set(dashboard?.layout.map((t) => t.queryId))].sort(), filters],
  queryFn: () => api.post<DashboardRun>(dashPath(workspaceId, dashboard!.id, '/run'), filters ? { filters } : {}),
});

export function useDashboard(workspaceId: string, dashboardId: string) {
  return useQuery(dashboardQuery(workspaceId, dashboardId));
}

/** Every tile computed with these filters (the dashboard's, or the page's unsaved ones). */
export function useDashboardRun(workspaceId: string, dashboard: Dashboard | undefined, filters: DashboardFilters | undefined) {
  return useQuery({ ...dashboardRunQuery(workspaceId, dashboard, filters), enabled: !!dashboard, placeholderData: keepPreviousData });
}

/**
 * When the app starts on a dashboard's URL, its numbers are asked for at once — while the page's code
 * and charts still load — under the keys the page will use (its saved filters), so it finds them in flight.
 */
export async function prefetchDashboardOfUrl(client: QueryClient, pathname: string): Promise<void> {
  const m = /^\/w\/([^/]+)\/dashboards\/([^/]+)\/?$/.exec(pathname);
  if (!m) return;
  const [workspaceId, dashboardId] = [decodeURIComponent(m[1]!), decodeURIComponent(m[2]!)];
  try {
    const dashboard = await client.fetchQuery(dashboardQuery(workspaceId, dashboardId));
    await client.prefetchQuery(dashboardRunQuery(workspaceId, dashboard, dashboard.filters));
  } catch {
    // not signed in, no access, gone: the page shows it when it loads
  }
}

export function useSavedQuery(workspaceId: string, queryId: string | null) {
  return useQuery({
    queryKey: ['saved-queries', workspaceId, queryId],
    queryFn: () => api.get<SavedQuery>(wsPath(workspaceId, `/saved-queries/${encodeURIComponent(queryId!)}`)),
    enabled: !!queryId,
  });
}

export function useSavedQueries(workspaceId: string) {
  return useQuery({ queryKey: ['saved-queries', workspaceId], queryFn: async () => (await api.get<SavedQueryList>(wsPath(workspaceId, '/saved-queries'))).items });
}

export function useDashboardMutations(workspaceId: string) {
  const qc = useQueryClient();
  const refresh = async (d?: Dashboard) => {
    if (d) qc.setQueryData(['dashboards', workspaceId, d.id], d);
    await qc.invalidateQueries({ queryKey: ['dashboards', workspaceId], exact: true });
  };
  return {
    create: useMutation({
      mutationFn: (body: { name: string; filters?: DashboardFilters }) => api.post<Dashboard>(wsPath(workspaceId, '/dashboards'), body),
      onSuccess: (d) => refresh(d),
    }),
    update: useMutation({
      mutationFn: ({ id, change }: { id: string; change: DashboardUpdate }) => api.patch<Dashboard>(dashPath(workspaceId, id), change),
      onSuccess: (d) => refresh(d),
    }),
    remove: useMutation({
      mutationFn: (id: string) => api.del<void>(dashPath(workspaceId, id)),
      onSuccess: () => refresh(),
    }),
    /** Saves the query, then appends it to the dashboard as a tile. */
    addQuery: useMutation({
      mutationFn: async ({ dashboardId, query }: { dashboardId: string; query: NewSavedQuery }) => {
        const saved = await api.post<SavedQuery>(wsPath(workspaceId, '/saved-queries'), query);
        return api.post<Dashboard>(dashPath(workspaceId, dashboardId, '/tiles'), { queryId: saved.id });
      },
      onSuccess: async (d) => {
        await refresh(d);
        await qc.invalidateQueries({ queryKey: ['saved-queries', workspaceId] });
      },
    }),
  };
}

export function useShareLinks(workspaceId: string, dashboardId: string, enabled: boolean) {
  const qc = useQueryClient();
  const key = ['share-links', workspaceId, dashboardId];
  const list = useQuery({ queryKey: key, queryFn: async () => (await api.get<ShareLinkList>(dashPath(workspaceId, dashboardId, '/share-links'))).items, enabled });
  const refresh = () => qc.invalidateQueries({ queryKey: key });
  return {
    list,
    create: useMutation({
      mutationFn: (expiresInDays: number) => api.post<CreatedShareLink>(dashPath(workspaceId, dashboardId, '/share-links'), { expiresInDays }),
      onSuccess: refresh,
    }),
    revoke: useMutation({
      mutationFn: (linkId: string) => api.post<ShareLink>(dashPath(workspaceId, dashboardId, `/share-links/${encodeURIComponent(linkId)}/revoke`), {}),
      onSuccess: refresh,
    }),
  };
}

/** A shared dashboard, without signing in (404 for unknown, expired or revoked links). */
export function useSharedDashboard(token: string) {
  return useQuery({
    queryKey: ['share', token],
    queryFn: () => api.get<SharedDashboard>(`/share/${encodeURIComponent(token)}`),
  });
}
