import type { RequestOf, ResponseOf } from '@resonance/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, wsPath } from '../../lib/api';

export type ApiToken = ResponseOf<'/workspaces/{workspaceId}/tokens', 'get'>[number];
/** A new token: the listing's fields plus the secret, shown once. */
export type CreatedToken = ResponseOf<'/workspaces/{workspaceId}/tokens', 'post'>;
type CreateTokenBody = RequestOf<'/workspaces/{workspaceId}/tokens', 'post'>;

export function useTokens(workspaceId: string) {
  return useQuery({
    queryKey: ['tokens', workspaceId],
    queryFn: () => api.get<ApiToken[]>(wsPath(workspaceId, '/tokens')),
  });
}

export function useTokenMutations(workspaceId: string) {
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ queryKey: ['tokens', workspaceId] });
  return {
    create: useMutation({
      mutationFn: (body: CreateTokenBody) => api.post<CreatedToken>(wsPath(workspaceId, '/tokens'), body),
      onSuccess: refresh,
    }),
    revoke: useMutation({ mutationFn: (id: string) => api.del(wsPath(workspaceId, `/tokens/${id}`)), onSettled: refresh }),
  };
}
