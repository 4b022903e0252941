import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, wsPath } from '../../lib/api';
import { meQueryKey } from '../../lib/session';

export interface Workspace {
  id: string;
  name: string;
  timeZone: string;
  createdAt?: string;
}

export function useWorkspaceDetails(workspaceId: string) {
  return useQuery({ queryKey: ['workspace', workspaceId], queryFn: () => api.get<Workspace>(wsPath(workspaceId)) });
}

export function useCreateWorkspace() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; timeZone?: string }) => api.post<Workspace>('/workspaces', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: meQueryKey }),
  });
}

export function useUpdateWorkspace(workspaceId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { name?: string; timeZone?: string }) => api.patch<Workspace>(wsPath(workspaceId), body),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: meQueryKey });
      await qc.invalidateQueries({ queryKey: ['workspace', workspaceId] });
    },
  });
}
