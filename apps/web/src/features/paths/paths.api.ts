import type { RequestOf, ResponseOf } from '@resonance/contracts';
import { useQuery } from '@tanstack/react-query';
import { api, wsPath } from '../../lib/api';

export type PathsBody = RequestOf<'/workspaces/{workspaceId}/queries/paths', 'post'>;
export type PathsResult = ResponseOf<'/workspaces/{workspaceId}/queries/paths', 'post'>;
export type PathSequence = PathsResult['sequences'][number];
export type PathDirection = NonNullable<PathsBody['direction']>;

export function usePaths(workspaceId: string, body: PathsBody | null) {
  return useQuery({
    queryKey: ['paths', workspaceId, body],
    enabled: body !== null,
    queryFn: () => api.post<PathsResult>(wsPath(workspaceId, '/queries/paths'), body),
  });
}
