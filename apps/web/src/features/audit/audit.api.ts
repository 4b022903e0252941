import type { paths, ResponseOf } from '@resonance/contracts';
import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { api, withQuery, wsPath } from '../../lib/api';

type AuditPage = ResponseOf<'/workspaces/{workspaceId}/audit', 'get'>;
/** One audit log entry, as `GET /workspaces/{workspaceId}/audit` lists it. */
export type AuditItem = AuditPage['items'][number];
/** The filters the log and its CSV export share (the export's query parameters). */
export type AuditFilters = NonNullable<paths['/workspaces/{workspaceId}/audit/export.csv']['get']['parameters']['query']>;
export type VerifyResult = ResponseOf<'/workspaces/{workspaceId}/audit/verify', 'post'>;

const PAGE = 50;

export function useAuditLog(workspaceId: string, filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit', workspaceId, filters],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      api.get<AuditPage>(wsPath(workspaceId, '/audit'), { ...filters, limit: PAGE, cursor: pageParam }),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useVerifyAudit(workspaceId: string) {
  return useMutation({ mutationFn: () => api.post<VerifyResult>(wsPath(workspaceId, '/audit/verify')) });
}

export function auditCsvUrl(workspaceId: string, filters: AuditFilters): string {
  return `/api${withQuery(wsPath(workspaceId, '/audit/export.csv'), { ...filters })}`;
}
