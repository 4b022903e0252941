import type { RequestOf, ResponseOf } from '@resonance/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, request, wsPath } from '../../lib/api';

export type WorkflowView = ResponseOf<'/workspaces/{workspaceId}/content/{contentId}/workflow', 'get'>;
export type TransitionBody = RequestOf<'/workspaces/{workspaceId}/content/{contentId}/transitions', 'post'>;
export type WorkflowAction = TransitionBody['action'];
export type Finding = NonNullable<WorkflowView['compliance']>['findings'][number];
export type ReviewInbox = ResponseOf<'/workspaces/{workspaceId}/review/inbox', 'get'>;
export type PolicyList = ResponseOf<'/workspaces/{workspaceId}/review-policies', 'get'>;
export type Policy = PolicyList['default'];
export type PolicyBody = RequestOf<'/workspaces/{workspaceId}/review-policies/default', 'put'>;

const itemPath = (ws: string, id: string, rest: string) => wsPath(ws, `/content/${encodeURIComponent(id)}${rest}`);

export function useWorkflow(workspaceId: string, contentId: string) {
  return useQuery({ queryKey: ['workflow', workspaceId, contentId], queryFn: () => api.get<WorkflowView>(itemPath(workspaceId, contentId, '/workflow')) });
}

/** After a transition the item, its workflow, the inbox and the calendar all change. */
export function useTransition(workspaceId: string, contentId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TransitionBody) => api.post<WorkflowView>(itemPath(workspaceId, contentId, '/transitions'), body),
    onSuccess: (view) => qc.setQueryData(['workflow', workspaceId, contentId], view),
    onSettled: () => {
      for (const key of ['workflow', 'activity', 'content', 'review-inbox', 'calendar', 'notifications', 'studio']) qc.invalidateQueries({ queryKey: [key, workspaceId] });
    },
  });
}

export function useReviewInbox(workspaceId: string) {
  return useQuery({ queryKey: ['review-inbox', workspaceId], queryFn: () => api.get<ReviewInbox>(wsPath(workspaceId, '/review/inbox')), refetchInterval: 60_000 });
}

export function useReviewPolicies(workspaceId: string) {
  return useQuery({ queryKey: ['review-policies', workspaceId], queryFn: () => api.get<PolicyList>(wsPath(workspaceId, '/review-policies')) });
}

export function usePolicyMutations(workspaceId: string) {
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ queryKey: ['review-policies', workspaceId] });
  return {
    save: useMutation({
      mutationFn: ({ brandId, body }: { brandId: string | null; body: PolicyBody }) =>
        request<Policy>('PUT', wsPath(workspaceId, brandId ? `/review-policies/brands/${encodeURIComponent(brandId)}` : '/review-policies/default'), body),
      onSuccess: refresh,
    }),
    remove: useMutation({ mutationFn: (brandId: string) => api.del(wsPath(workspaceId, `/review-policies/brands/${encodeURIComponent(brandId)}`)), onSuccess: refresh }),
  };
}
