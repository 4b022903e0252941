import type { RequestOf, ResponseOf } from '@resonance/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, request, wsPath } from '../../lib/api';

type Consents = ResponseOf<'/workspaces/{workspaceId}/fans/{fanId}/consents', 'get'>;
export type ConsentRecord = Consents['items'][number];
export type RecordConsentBody = RequestOf<'/workspaces/{workspaceId}/fans/{fanId}/consents', 'post'>;
type RecordedConsent = ResponseOf<'/workspaces/{workspaceId}/fans/{fanId}/consents', 'post'>;
export type EraseMode = RequestOf<'/workspaces/{workspaceId}/fans/{fanId}/erase', 'post'>['mode'];
export type EraseResult = ResponseOf<'/workspaces/{workspaceId}/fans/{fanId}/erase', 'post'>;
type Fan = ResponseOf<'/workspaces/{workspaceId}/fans/{fanId}', 'get'>;
export type Retention = ResponseOf<'/workspaces/{workspaceId}/event-retention', 'get'>;
type RetentionBody = RequestOf<'/workspaces/{workspaceId}/event-retention', 'put'>;

const fanPath = (workspaceId: string, fanId: string, rest = '') => wsPath(workspaceId, `/fans/${encodeURIComponent(fanId)}${rest}`);

/** Suggested consent purposes (any valid purpose may be typed). */
export const CONSENT_PURPOSES = ['marketing.email', 'marketing.sms', 'marketing.wechat', 'analytics', 'personalisation'];
export const PURPOSE_PATTERN = /^[a-z][a-z0-9_.-]{0,63}$/;

export function useConsents(workspaceId: string, fanId: string) {
  return useQuery({ queryKey: ['consents', workspaceId, fanId], queryFn: () => api.get<Consents>(fanPath(workspaceId, fanId, '/consents')) });
}

export function useRecordConsent(workspaceId: string, fanId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordConsentBody) => api.post<RecordedConsent>(fanPath(workspaceId, fanId, '/consents'), body),
    // the profile's consent card reads the fan: refresh both
    onSuccess: () => Promise.all(['consents', 'fan'].map((key) => qc.invalidateQueries({ queryKey: [key, workspaceId, fanId] }))),
  });
}

/** The fan's name for the erase confirmation. */
export function useFanName(workspaceId: string, fanId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['fan', workspaceId, fanId],
    queryFn: () => api.get<Fan>(fanPath(workspaceId, fanId)),
    enabled,
    select: (f) => ({ id: f.id, displayName: f.displayName }),
  });
}

export function useEraseFan(workspaceId: string, fanId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (mode: EraseMode) => api.post<EraseResult>(fanPath(workspaceId, fanId, '/erase'), { mode }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['fans', workspaceId] }),
  });
}

/** After an erasure, once the profile page is gone: drop everything cached about the fan. */
export function useForgetFan(workspaceId: string, fanId: string) {
  const qc = useQueryClient();
  return () => {
    for (const key of ['fan', 'consents', 'fan-merges']) qc.removeQueries({ queryKey: [key, workspaceId, fanId] });
    qc.removeQueries({ queryKey: ['fan-timeline', workspaceId] });
  };
}

/** The download URL of a fan's data-subject export (the browser saves the JSON attachment). */
export function fanExportUrl(workspaceId: string, fanId: string): string {
  return `/api${fanPath(workspaceId, fanId, '/export')}`;
}

export function useRetention(workspaceId: string) {
  return useQuery({ queryKey: ['event-retention', workspaceId], queryFn: () => api.get<Retention>(wsPath(workspaceId, '/event-retention')) });
}

export function useUpdateRetention(workspaceId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: RetentionBody) => request<Retention>('PUT', wsPath(workspaceId, '/event-retention'), body),
    onSuccess: (data) => qc.setQueryData(['event-retention', workspaceId], data),
  });
}
