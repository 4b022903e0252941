import type { ResponseOf } from '@resonance/contracts';
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, wsPath } from '../../lib/api';

/** The server's contracts (`GET …/content/posts|compare|heatmap`). */
export type PostPage = ResponseOf<'/workspaces/{workspaceId}/content/posts', 'get'>;
export type Post = PostPage['items'][number];
export type PostMetricId = keyof Post['metrics'];
export type PostSort = PostPage['sort'];
export type Comparison = ResponseOf<'/workspaces/{workspaceId}/content/compare', 'get'>;
export type CompareBy = Comparison['by'];
export type Heatmap = ResponseOf<'/workspaces/{workspaceId}/content/heatmap', 'get'>;
export type BestTimeAccount = Heatmap['bestTimes']['accounts'][number];

/** Posts published in [from, to] (local dates), narrowed by the filters. */
export interface ContentFilters {
  from: string;
  to: string;
  accountId?: string;
  platform?: string;
  pillar?: string;
  funnelStage?: string;
}

/** The leaderboard columns, in the catalog's ids and the order the table shows them. */
export const POST_METRIC_COLUMNS: PostMetricId[] = [
  'impressions',
  'reach',
  'engagements',
  'engagement_rate_by_impressions',
  'likes',
  'comments',
  'shares',
  'saves',
  'video_views',
  'video_completion_rate',
  'link_clicks',
  'ctr',
  'orders',
  'gmv',
];

const PAGE = 50;

export function usePostLeaderboard(workspaceId: string, filters: ContentFilters, sort: PostSort, order: 'asc' | 'desc') {
  return useInfiniteQuery({
    queryKey: ['content-posts', workspaceId, filters, sort, order],
    queryFn: ({ pageParam }) => api.get<PostPage>(wsPath(workspaceId, '/content/posts'), { ...filters, sort, order, limit: PAGE, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useContentComparison(workspaceId: string, filters: ContentFilters, by: CompareBy) {
  return useQuery({
    queryKey: ['content-compare', workspaceId, filters, by],
    queryFn: () => api.get<Comparison>(wsPath(workspaceId, '/content/compare'), { ...filters, by }),
    placeholderData: keepPreviousData,
  });
}

export function useContentHeatmap(workspaceId: string, range: { from: string; to: string; accountId?: string }) {
  return useQuery({
    queryKey: ['content-heatmap', workspaceId, range],
    queryFn: () => api.get<Heatmap>(wsPath(workspaceId, '/content/heatmap'), range),
    placeholderData: keepPreviousData,
  });
}
