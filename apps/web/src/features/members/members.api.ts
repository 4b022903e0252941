import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, itemsOf, wsPath } from '../../lib/api';
import { meQueryKey } from '../../lib/session';

export interface Member {
  userId: string;
  id?: string;
  name: string;
  email: string;
  role: string;
  createdAt?: string;
  joinedAt?: string;
}

export interface Invite {
  id: string;
  email: string | null;
  role: string;
  createdAt?: string;
  expiresAt: string;
  status?: string;
}

export interface CreatedInvite {
  id: string;
  link: string;
  expiresAt: string;
  emailed: boolean;
}

type List<T> = T[] | { items: T[] };

export function useMembers(workspaceId: string) {
  return useQuery({
    queryKey: ['members', workspaceId],
    queryFn: async () => itemsOf(await api.get<List<Member>>(wsPath(workspaceId, '/members'))).map((m) => ({ ...m, userId: m.userId ?? m.id ?? '' })),
  });
}

export function useInvites(workspaceId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['invites', workspaceId],
    queryFn: async () => itemsOf(await api.get<List<Invite>>(wsPath(workspaceId, '/invites'))),
    enabled,
  });
}

export function useMemberMutations(workspaceId: string) {
  const qc = useQueryClient();
  const refresh = async () => {
    await qc.invalidateQueries({ queryKey: ['members', workspaceId] });
    await qc.invalidateQueries({ queryKey: ['invites', workspaceId] });
    await qc.invalidateQueries({ queryKey: meQueryKey });
  };
  return {
    changeRole: useMutation({
      mutationFn: ({ userId, role }: { userId: string; role: string }) => api.patch(wsPath(workspaceId, `/members/${userId}`), { role }),
      onSettled: refresh,
    }),
    remove: useMutation({ mutationFn: (userId: string) => api.del(wsPath(workspaceId, `/members/${userId}`)), onSettled: refresh }),
    invite: useMutation({
      mutationFn: (body: { email?: string; role: string }) => api.post<CreatedInvite>(wsPath(workspaceId, '/invites'), body),
      onSuccess: refresh,
    }),
    revokeInvite: useMutation({ mutationFn: (inviteId: string) => api.del(wsPath(workspaceId, `/invites/${inviteId}`)), onSettled: refresh }),
  };
}
