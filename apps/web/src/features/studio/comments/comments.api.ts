import type { RequestOf, ResponseOf } from '@resonance/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, readCookie, wsPath, type FieldError } from '../../../lib/api';

/** The server's contracts (`…/content/{contentId}/comments`). */
export type CommentList = ResponseOf<'/workspaces/{workspaceId}/content/{contentId}/comments', 'get'>;
export type Comment = CommentList['items'][number];
export type NewCommentBody = RequestOf<'/workspaces/{workspaceId}/content/{contentId}/comments', 'post'>;
export type Mentionable = ResponseOf<'/workspaces/{workspaceId}/comments/mentionable', 'get'>['items'][number];

const base = (workspaceId: string, contentId: string) => wsPath(workspaceId, `/content/${encodeURIComponent(contentId)}/comments`);

export function useComments(workspaceId: string, contentId: string) {
  return useQuery({ queryKey: ['comments', workspaceId, contentId], queryFn: () => api.get<CommentList>(base(workspaceId, contentId)) });
}

export function useMentionable(workspaceId: string) {
  return useQuery({
    queryKey: ['mentionable', workspaceId],
    queryFn: async () => (await api.get<{ items: Mentionable[] }>(wsPath(workspaceId, '/comments/mentionable'))).items,
    staleTime: 60_000,
  });
}

export function useCommentMutations(workspaceId: string, contentId: string) {
  const qc = useQueryClient();
  const refresh = () =>
    Promise.all([qc.invalidateQueries({ queryKey: ['comments', workspaceId, contentId] }), qc.invalidateQueries({ queryKey: ['activity', workspaceId, contentId] })]);
  return {
    /** `key` is an Idempotency-Key: a retried send does not post twice. */
    create: useMutation({
      mutationFn: ({ body, key }: { body: NewCommentBody; key: string }) => requestWithKey<Comment>(base(workspaceId, contentId), body, key),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ id, body }: { id: string; body: string }) => api.patch<Comment>(`${base(workspaceId, contentId)}/${encodeURIComponent(id)}`, { body }),
      onSuccess: refresh,
    }),
    remove: useMutation({ mutationFn: (id: string) => api.del<void>(`${base(workspaceId, contentId)}/${encodeURIComponent(id)}`), onSettled: refresh }),
  };
}

/** POST with an Idempotency-Key header (the shared client sends no extra headers); errors as the shared client's ApiError. */
async function requestWithKey<T>(path: string, body: unknown, key: string): Promise<T> {
  const csrf = readCookie('rsn_csrf');
  const res = await fetch(`/api${path}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/json', 'idempotency-key': key, ...(csrf ? { 'x-csrf-token': csrf } : {}) },
    body: JSON.stringify(body),
  });
  const data = (await res.json().catch(() => undefined)) as { error?: { code?: string; message?: string; fields?: FieldError[] } } | undefined;
  if (!res.ok) throw new ApiError(res.status, data?.error?.code ?? `http_${res.status}`, data?.error?.message ?? res.statusText, data?.error?.fields ?? []);
  return data as T;
}
