import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { api, withQuery, wsPath } from '../../lib/api';

export interface AuditItem {
  id: string;
  seq: number | string;
  createdAt: string;
  actorType: string;
  actorId: string | null;
  actorName?: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  userAgent: string | null;
  before: unknown;
  after: unknown;
  hash: string;
}

export interface AuditFilters {
  actorId?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  from?: string;
  to?: string;
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  broken: { seq: number | string; id: string; reason: string }[];
}

const PAGE = 50;

export function useAuditLog(workspaceId: string, filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit', workspaceId, filters],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      api.get<{ items: AuditItem[]; nextCursor: string | null }>(wsPath(workspaceId, '/audit'), { ...filters, limit: PAGE, cursor: pageParam }),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useVerifyAudit(workspaceId: string) {
  return useMutation({ mutationFn: () => api.post<VerifyResult>(wsPath(workspaceId, '/audit/verify')) });
}

export function auditCsvUrl(workspaceId: string, filters: AuditFilters): string {
  return `/api${withQuery(wsPath(workspaceId, '/audit/export.csv'), { ...filters })}`;
}
