import type { RequestOf, ResponseOf } from '@resonance/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, wsPath } from '../../lib/api';

/** The server's contracts (`…/goals`). */
export type GoalList = ResponseOf<'/workspaces/{workspaceId}/goals', 'get'>;
export type Goal = GoalList['items'][number];
export type NewGoalBody = RequestOf<'/workspaces/{workspaceId}/goals', 'post'>;
export type GoalPatchBody = RequestOf<'/workspaces/{workspaceId}/goals/{goalId}', 'patch'>;

export function useGoals(workspaceId: string, includeArchived = false) {
  return useQuery({
    queryKey: ['goals', workspaceId, includeArchived],
    queryFn: () => api.get<GoalList>(wsPath(workspaceId, '/goals'), { includeArchived: includeArchived ? 'true' : undefined }),
  });
}

export function useGoalMutations(workspaceId: string) {
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ queryKey: ['goals', workspaceId] });
  return {
    create: useMutation({ mutationFn: (body: NewGoalBody) => api.post<Goal>(wsPath(workspaceId, '/goals'), body), onSuccess: refresh }),
    update: useMutation({
      mutationFn: ({ id, body }: { id: string; body: GoalPatchBody }) => api.patch<Goal>(wsPath(workspaceId, `/goals/${encodeURIComponent(id)}`), body),
      onSuccess: refresh,
    }),
    archive: useMutation({ mutationFn: (id: string) => api.post<Goal>(wsPath(workspaceId, `/goals/${encodeURIComponent(id)}/archive`)), onSettled: refresh }),
  };
}
