import type { RequestOf, ResponseOf } from '@resonance/contracts';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, wsPath } from '../../lib/api';

type FanList = ResponseOf<'/workspaces/{workspaceId}/fans', 'get'>;
type MergeList = ResponseOf<'/workspaces/{workspaceId}/fans/{fanId}/merges', 'get'>;
type Timeline = ResponseOf<'/workspaces/{workspaceId}/events', 'get'>;
type MergeBody = RequestOf<'/workspaces/{workspaceId}/fans/{fanId}/merge', 'post'>;
type MergeSummary = ResponseOf<'/workspaces/{workspaceId}/fans/{fanId}/merge', 'post'>;
type UndoResult = ResponseOf<'/workspaces/{workspaceId}/fan-merges/{mergeId}/undo', 'post'>;

export type Fan = FanList['items'][number];
export type FanIdentity = Fan['identities'][number];
export type IdentityKind = FanIdentity['kind'];
export type FanProfile = ResponseOf<'/workspaces/{workspaceId}/fans/{fanId}', 'get'>;
export type FanMerge = MergeList['items'][number];
export type TimelineEvent = Timeline['items'][number];

export const IDENTITY_KINDS: IdentityKind[] = ['platform_user', 'unionid', 'phone', 'email', 'external_id', 'anonymous_id'];

/** The list's search and filters, as the API takes them (and as the page keeps them in its URL). */
export interface FanFilters {
  q?: string;
  kind?: IdentityKind;
  accountId?: string;
  consent?: string;
  seenAfter?: string;
  seenBefore?: string;
  trait?: string;
}

export function useFans(workspaceId: string, filters: FanFilters, limit = 50, enabled = true) {
  return useInfiniteQuery({
    queryKey: ['fans', workspaceId, filters, limit],
    enabled,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => api.get<FanList>(wsPath(workspaceId, '/fans'), { ...filters, limit, cursor: pageParam }),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useFanProfile(workspaceId: string, fanId: string) {
  return useQuery({
    queryKey: ['fan', workspaceId, fanId],
    queryFn: () => api.get<FanProfile>(wsPath(workspaceId, `/fans/${encodeURIComponent(fanId)}`)),
  });
}

/** The profile's events, newest first: every fan id merged into it (`mergedFanIds`), 50 per page. */
export function useFanTimeline(workspaceId: string, fanIds: string[] | undefined) {
  return useInfiniteQuery({
    queryKey: ['fan-timeline', workspaceId, fanIds],
    enabled: Boolean(fanIds && fanIds.length > 0),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => {
      // the fan ids go as a repeated parameter (`withQuery` writes one value per key)
      const qs = new URLSearchParams((fanIds ?? []).slice(0, 100).map((id) => ['fanId', id]));
      qs.set('limit', '50');
      if (pageParam) qs.set('before', pageParam);
      return api.get<Timeline>(`${wsPath(workspaceId, '/events')}?${qs}`);
    },
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
}

export function useFanMerges(workspaceId: string, fanId: string) {
  return useQuery({
    queryKey: ['fan-merges', workspaceId, fanId],
    queryFn: async () => (await api.get<MergeList>(wsPath(workspaceId, `/fans/${encodeURIComponent(fanId)}/merges`))).items,
  });
}

export function useFanMergeMutations(workspaceId: string) {
  const qc = useQueryClient();
  const refresh = async () => {
    for (const key of ['fans', 'fan', 'fan-merges', 'fan-timeline']) await qc.invalidateQueries({ queryKey: [key, workspaceId] });
  };
  return {
    merge: useMutation({
      mutationFn: ({ survivorId, mergedId }: { survivorId: string } & MergeBody) =>
        api.post<MergeSummary>(wsPath(workspaceId, `/fans/${encodeURIComponent(survivorId)}/merge`), { mergedId } satisfies MergeBody),
      onSettled: refresh,
    }),
    undo: useMutation({
      mutationFn: (mergeId: string) => api.post<UndoResult>(wsPath(workspaceId, `/fan-merges/${encodeURIComponent(mergeId)}/undo`)),
      onSettled: refresh,
    }),
  };
}
