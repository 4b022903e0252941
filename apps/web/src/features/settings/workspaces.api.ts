import type { RequestOf, ResponseOf } from '@resonance/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, wsPath } from '../../lib/api';
import { meQueryKey } from '../../lib/session';

/** A workspace with my role in it. */
export type Workspace = ResponseOf<'/workspaces/{workspaceId}', 'get'>;
type CreatedWorkspace = ResponseOf<'/workspaces', 'post'>;
type CreateWorkspaceBody = RequestOf<'/workspaces', 'post'>;
type UpdateWorkspaceBody = RequestOf<'/workspaces/{workspaceId}', 'patch'>;

export function useWorkspaceDetails(workspaceId: string) {
  return useQuery({ queryKey: ['workspace', workspaceId], queryFn: () => api.get<Workspace>(wsPath(workspaceId)) });
}

export function useCreateWorkspace() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateWorkspaceBody) => api.post<CreatedWorkspace>('/workspaces', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: meQueryKey }),
  });
}

export function useUpdateWorkspace(workspaceId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateWorkspaceBody) => api.patch<Workspace>(wsPath(workspaceId), body),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: meQueryKey });
      await qc.invalidateQueries({ queryKey: ['workspace', workspaceId] });
    },
  });
}
