import type { ResponseOf } from '@resonance/contracts';
import { useQuery } from '@tanstack/react-query';
import { api, wsPath } from '../../lib/api';

type EventNames = ResponseOf<'/workspaces/{workspaceId}/queries/event-names', 'get'>;

/** Event names seen in the workspace in the range (most frequent first), for the event pickers. */
export function useEventNames(workspaceId: string, range: { from: string; to: string }) {
  return useQuery({
    queryKey: ['event-names', workspaceId, range.from, range.to],
    queryFn: () => api.get<EventNames>(wsPath(workspaceId, '/queries/event-names'), { from: range.from, to: range.to }),
    staleTime: 5 * 60_000,
  });
}
