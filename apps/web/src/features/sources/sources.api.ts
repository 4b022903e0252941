import type { RequestOf, ResponseOf } from '@resonance/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, wsPath } from '../../lib/api';

type SourceList = ResponseOf<'/workspaces/{workspaceId}/sources', 'get'>;
export type EventSource = SourceList['items'][number];
export type SourceKind = EventSource['kind'];
/** A new source: the listing's fields plus the write key, shown once. */
export type CreatedSource = ResponseOf<'/workspaces/{workspaceId}/sources', 'post'>;
type CreateSourceBody = RequestOf<'/workspaces/{workspaceId}/sources', 'post'>;
type RevokedSource = ResponseOf<'/workspaces/{workspaceId}/sources/{sourceId}/revoke', 'post'>;

/** In the order the kind select offers them. */
export const SOURCE_KINDS: readonly SourceKind[] = ['web', 'server', 'miniprogram', 'account'];

export function useSources(workspaceId: string) {
  return useQuery({
    queryKey: ['sources', workspaceId],
    queryFn: async () => (await api.get<SourceList>(wsPath(workspaceId, '/sources'))).items,
  });
}

export function useSourceMutations(workspaceId: string) {
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ queryKey: ['sources', workspaceId] });
  return {
    create: useMutation({
      mutationFn: (body: CreateSourceBody) => api.post<CreatedSource>(wsPath(workspaceId, '/sources'), body),
      onSuccess: refresh,
    }),
    revoke: useMutation({
      mutationFn: (id: string) => api.post<RevokedSource>(wsPath(workspaceId, `/sources/${encodeURIComponent(id)}/revoke`)),
      onSettled: refresh,
    }),
  };
}

type DebuggerList = ResponseOf<'/workspaces/{workspaceId}/sources/{sourceId}/debugger', 'get'>;
export type DebugEntry = DebuggerList['items'][number];

/** The source's latest events with their validation result, refreshed every 2 s while open. */
export function useSourceDebugger(workspaceId: string, sourceId: string | null) {
  return useQuery({
    queryKey: ['sources', workspaceId, 'debugger', sourceId],
    enabled: sourceId !== null,
    refetchInterval: 2000,
    queryFn: async () => (await api.get<DebuggerList>(wsPath(workspaceId, `/sources/${encodeURIComponent(sourceId!)}/debugger`))).items,
  });
}
