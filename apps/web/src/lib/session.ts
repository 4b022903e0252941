import { useQuery } from '@tanstack/react-query';
import { api } from './api';

export interface MeWorkspace {
  id: string;
  name: string;
  role: string;
  timeZone: string;
}

export interface Me {
  user: { id: string; email: string; name: string; locale: string };
  workspaces: MeWorkspace[];
  csrfToken?: string;
}

export const meQueryKey = ['me'] as const;

export function fetchMe(): Promise<Me> {
  return api.get<Me>('/me');
}

/** The signed-in user and their workspaces; `retry: false` so a 401 goes to /login at once. */
export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe, retry: false, staleTime: 60_000 });
}
