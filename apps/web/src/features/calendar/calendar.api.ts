import type { RequestOf, ResponseOf } from '@resonance/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, request, wsPath } from '../../lib/api';

/** The server's contracts (`…/calendar`, `…/queues`). */
export type CalendarData = ResponseOf<'/workspaces/{workspaceId}/calendar', 'get'>;
export type CalendarEntry = CalendarData['entries'][number];
export type UnscheduledEntry = CalendarData['unscheduled'][number];
export type ScheduleResult = ResponseOf<'/workspaces/{workspaceId}/content/{contentId}/variants/{variantId}/schedule', 'patch'>;
export type QueueList = ResponseOf<'/workspaces/{workspaceId}/queues', 'get'>;
export type QueueDetail = ResponseOf<'/workspaces/{workspaceId}/queues/{accountId}', 'get'>;
export type QueueBody = RequestOf<'/workspaces/{workspaceId}/queues/{accountId}', 'put'>;
export type QueueSlot = QueueBody['slots'][number];

export interface CalendarFilters {
  brand?: string;
  account?: string;
  status?: string[];
  pillar?: string;
  stage?: string;
  campaign?: string;
}

export interface CalendarRange {
  from: string;
  to: string;
}

export function useCalendar(workspaceId: string, range: CalendarRange | null, filters: CalendarFilters) {
  return useQuery({
    queryKey: ['calendar', workspaceId, range, filters],
    enabled: range !== null,
    placeholderData: (prev) => prev,
    queryFn: () =>
      api.get<CalendarData>(wsPath(workspaceId, '/calendar'), {
        ...range!,
        brand: filters.brand,
        account: filters.account,
        status: filters.status?.length ? filters.status.join(',') : undefined,
        pillar: filters.pillar,
        stage: filters.stage,
        campaign: filters.campaign,
      }),
  });
}

const variantPath = (workspaceId: string, contentId: string, variantId: string, rest: string) =>
  wsPath(workspaceId, `/content/${encodeURIComponent(contentId)}/variants/${encodeURIComponent(variantId)}${rest}`);

export function useCalendarMutations(workspaceId: string) {
  const qc = useQueryClient();
  const refresh = () => Promise.all([qc.invalidateQueries({ queryKey: ['calendar', workspaceId] }), qc.invalidateQueries({ queryKey: ['queues', workspaceId] })]);
  return {
    reschedule: useMutation({
      mutationFn: (v: { contentId: string; variantId: string; scheduledAt: string | null }) =>
        api.patch<ScheduleResult>(variantPath(workspaceId, v.contentId, v.variantId, '/schedule'), { scheduledAt: v.scheduledAt }),
      onSettled: refresh,
    }),
    addToQueue: useMutation({
      mutationFn: (v: { contentId: string; variantId: string }) => api.post<ScheduleResult>(variantPath(workspaceId, v.contentId, v.variantId, '/queue')),
      onSettled: refresh,
    }),
  };
}

export function useQueues(workspaceId: string) {
  return useQuery({ queryKey: ['queues', workspaceId], queryFn: () => api.get<QueueList>(wsPath(workspaceId, '/queues')) });
}

export function useQueue(workspaceId: string, accountId: string | null) {
  return useQuery({
    queryKey: ['queues', workspaceId, accountId],
    enabled: accountId !== null,
    queryFn: () => api.get<QueueDetail>(wsPath(workspaceId, `/queues/${encodeURIComponent(accountId!)}`)),
  });
}

export function useSaveQueue(workspaceId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ accountId, slots }: { accountId: string; slots: QueueSlot[] }) =>
      request<QueueList['items'][number]>('PUT', wsPath(workspaceId, `/queues/${encodeURIComponent(accountId)}`), { slots }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['queues', workspaceId] }),
  });
}
