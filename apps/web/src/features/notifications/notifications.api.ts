import type { ResponseOf } from '@resonance/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, wsPath } from '../../lib/api';

export type NotificationList = ResponseOf<'/workspaces/{workspaceId}/notifications', 'get'>;
export type NotificationItem = NotificationList['items'][number];
type UnreadCount = ResponseOf<'/workspaces/{workspaceId}/notifications/unread-count', 'get'>;

/** The badge polls every 30 s (and refreshes on focus) so new review requests show up without a reload. */
export function useUnreadCount(workspaceId: string) {
  return useQuery({
    queryKey: ['notifications', workspaceId, 'unread'],
    queryFn: () => api.get<UnreadCount>(wsPath(workspaceId, '/notifications/unread-count')),
    refetchInterval: 30_000,
  });
}

export function useNotifications(workspaceId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['notifications', workspaceId, 'list'],
    queryFn: () => api.get<NotificationList>(wsPath(workspaceId, '/notifications'), { limit: 20 }),
    enabled,
  });
}

export function useNotificationMutations(workspaceId: string) {
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ queryKey: ['notifications', workspaceId] });
  return {
    read: useMutation({ mutationFn: (id: string) => api.post(wsPath(workspaceId, `/notifications/${encodeURIComponent(id)}/read`)), onSettled: refresh }),
    readAll: useMutation({ mutationFn: () => api.post(wsPath(workspaceId, '/notifications/read-all')), onSettled: refresh }),
  };
}
