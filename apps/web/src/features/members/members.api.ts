import type { RequestOf, ResponseOf } from '@resonance/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, wsPath } from '../../lib/api';
import { meQueryKey } from '../../lib/session';

export type Member = ResponseOf<'/workspaces/{workspaceId}/members', 'get'>[number];
/** A pending invite (the server lists only those). */
export type Invite = ResponseOf<'/workspaces/{workspaceId}/invites', 'get'>[number];
export type CreatedInvite = ResponseOf<'/workspaces/{workspaceId}/invites', 'post'>;
type InviteBody = RequestOf<'/workspaces/{workspaceId}/invites', 'post'>;
type ChangeRoleBody = RequestOf<'/workspaces/{workspaceId}/members/{userId}', 'patch'>;

export function useMembers(workspaceId: string) {
  return useQuery({
    queryKey: ['members', workspaceId],
    queryFn: () => api.get<Member[]>(wsPath(workspaceId, '/members')),
  });
}

export function useInvites(workspaceId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['invites', workspaceId],
    queryFn: () => api.get<Invite[]>(wsPath(workspaceId, '/invites')),
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
      mutationFn: ({ userId, role }: { userId: string } & ChangeRoleBody) => api.patch(wsPath(workspaceId, `/members/${userId}`), { role } satisfies ChangeRoleBody),
      onSettled: refresh,
    }),
    remove: useMutation({ mutationFn: (userId: string) => api.del(wsPath(workspaceId, `/members/${userId}`)), onSettled: refresh }),
    invite: useMutation({
      mutationFn: (body: InviteBody) => api.post<CreatedInvite>(wsPath(workspaceId, '/invites'), body),
      onSuccess: refresh,
    }),
    revokeInvite: useMutation({ mutationFn: (inviteId: string) => api.del(wsPath(workspaceId, `/invites/${inviteId}`)), onSettled: refresh }),
  };
}
