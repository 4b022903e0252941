import type { RequestOf, ResponseOf } from '@resonance/contracts';
import { useQuery } from '@tanstack/react-query';
import { api, wsPath } from '../../lib/api';

export type RetentionBody = RequestOf<'/workspaces/{workspaceId}/queries/retention', 'post'>;
export type RetentionResult = ResponseOf<'/workspaces/{workspaceId}/queries/retention', 'post'>;
export type RetentionInterval = RetentionBody['interval'];
export type RetentionMode = NonNullable<RetentionBody['mode']>;

export function useRetention(workspaceId: string, body: RetentionBody | null) {
  return useQuery({
    queryKey: ['retention', workspaceId, body],
    enabled: body !== null,
    queryFn: () => api.post<RetentionResult>(wsPath(workspaceId, '/queries/retention'), body),
  });
}
