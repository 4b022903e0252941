import type { ResponseOf } from '@resonance/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, wsPath } from '../../lib/api';
import type { KpiKey } from '../../lib/format';

/** `GET /workspaces/{workspaceId}/overview` (the server's contract). */
export type Overview = ResponseOf<'/workspaces/{workspaceId}/overview', 'get'>;
/** One KPI's value now and in the previous period. */
export type Pair = Overview['totals'][KpiKey];

export function useOverview(workspaceId: string, days: number) {
  return useQuery({
    queryKey: ['overview', workspaceId, days],
    queryFn: () => api.get<Overview>(wsPath(workspaceId, '/overview'), { days }),
    placeholderData: keepPreviousData,
  });
}
