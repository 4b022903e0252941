import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, itemsOf, wsPath } from '../../lib/api';

export interface ApiToken {
  id: string;
  name: string;
  role: string;
  prefix?: string;
  tokenPrefix?: string;
  createdAt?: string;
  lastUsedAt?: string | null;
  expiresAt?: string | null;
}

export interface CreatedToken extends ApiToken {
  token: string;
}

export function useTokens(workspaceId: string) {
  return useQuery({
    queryKey: ['tokens', workspaceId],
    queryFn: async () => itemsOf(await api.get<ApiToken[] | { items: ApiToken[] }>(wsPath(workspaceId, '/tokens'))),
  });
}

export function useTokenMutations(workspaceId: string) {
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ queryKey: ['tokens', workspaceId] });
  return {
    create: useMutation({
      mutationFn: (body: { name: string; role: string; expiresInDays?: number }) => api.post<CreatedToken>(wsPath(workspaceId, '/tokens'), body),
      onSuccess: refresh,
    }),
    revoke: useMutation({ mutationFn: (id: string) => api.del(wsPath(workspaceId, `/tokens/${id}`)), onSettled: refresh }),
  };
}
