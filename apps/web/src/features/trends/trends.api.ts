import type { RequestOf, ResponseOf } from '@resonance/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, wsPath } from '../../lib/api';

/** `POST /workspaces/{workspaceId}/queries/trend` (the server's contract). */
export type TrendBody = RequestOf<'/workspaces/{workspaceId}/queries/trend', 'post'>;
export type TrendResult = ResponseOf<'/workspaces/{workspaceId}/queries/trend', 'post'>;
export type TrendSeriesBody = TrendBody['series'][number];
export type Breakdown = NonNullable<TrendBody['breakdown']>;
export type Interval = NonNullable<TrendBody['interval']>;

export const runTrend = (workspaceId: string, body: TrendBody) => api.post<TrendResult>(wsPath(workspaceId, '/queries/trend'), body);

/** The trend of a body (with the body it is for: while another loads, the last one stays shown); off while the body is incomplete. */
export function useTrend(workspaceId: string, body: TrendBody | null) {
  return useQuery({
    queryKey: ['trend', workspaceId, body],
    queryFn: async () => ({ body: body!, result: await runTrend(workspaceId, body!) }),
    enabled: body !== null,
    placeholderData: keepPreviousData,
  });
}
