import type { ResponseOf } from '@resonance/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from './api';

/** `GET /me`: the signed-in user, their workspaces (with their role in each) and the CSRF token. */
export type Me = ResponseOf<'/me', 'get'>;
export type MeWorkspace = Me['workspaces'][number];

export const meQueryKey = ['me'] as const;

export function fetchMe(): Promise<Me> {
  return api.get<Me>('/me');
}

/** The signed-in user and their workspaces; `retry: false` so a 401 goes to /login at once. */
export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe, retry: false, staleTime: 60_000 });
}
