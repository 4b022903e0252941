import type { RequestOf, ResponseOf } from '@resonance/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, wsPath } from '../../lib/api';

/** The server's contracts (`…/compliance/…`). */
export type LexiconList = ResponseOf<'/workspaces/{workspaceId}/compliance/lexicons', 'get'>;
export type Lexicon = LexiconList['items'][number];
export type NewLexiconBody = RequestOf<'/workspaces/{workspaceId}/compliance/lexicons', 'post'>;
export type LexiconPatchBody = RequestOf<'/workspaces/{workspaceId}/compliance/lexicons/{lexiconId}', 'patch'>;
export type TermList = ResponseOf<'/workspaces/{workspaceId}/compliance/lexicons/{lexiconId}/terms', 'get'>;
export type Term = TermList['items'][number];
export type NewTermBody = RequestOf<'/workspaces/{workspaceId}/compliance/lexicons/{lexiconId}/terms', 'post'>;
export type TermPatchBody = RequestOf<'/workspaces/{workspaceId}/compliance/lexicons/{lexiconId}/terms/{termId}', 'patch'>;
export type ImportBody = RequestOf<'/workspaces/{workspaceId}/compliance/lexicons/{lexiconId}/import', 'post'>;
export type ImportResult = ResponseOf<'/workspaces/{workspaceId}/compliance/lexicons/{lexiconId}/import', 'post'>;
export type CheckBody = RequestOf<'/workspaces/{workspaceId}/compliance/check', 'post'>;
export type ComplianceReport = ResponseOf<'/workspaces/{workspaceId}/compliance/check', 'post'>;
export type ComplianceMetrics = ResponseOf<'/workspaces/{workspaceId}/compliance/metrics', 'get'>;
export type MetricsPoint = ComplianceMetrics['series'][number];
export type Severity = Term['severity'];
export type LexiconCategory = Lexicon['category'];

export const SEVERITIES: Severity[] = ['low', 'medium', 'high', 'critical'];
export const LEXICON_CATEGORIES: LexiconCategory[] = ['superlative', 'medical', 'financial', 'spam', 'gambling', 'drugs', 'pornography', 'violence', 'politics', 'competitor', 'custom'];

const base = (ws: string) => wsPath(ws, '/compliance');
const lexiconPath = (ws: string, id: string) => `${base(ws)}/lexicons/${encodeURIComponent(id)}`;

export function useLexicons(workspaceId: string) {
  return useQuery({ queryKey: ['compliance', workspaceId, 'lexicons'], queryFn: () => api.get<LexiconList>(`${base(workspaceId)}/lexicons`) });
}

export function useTerms(workspaceId: string, lexiconId: string | null, search: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['compliance', workspaceId, 'terms', lexiconId, search, page, pageSize],
    enabled: lexiconId !== null,
    placeholderData: keepPreviousData,
    queryFn: () => api.get<TermList>(`${lexiconPath(workspaceId, lexiconId!)}/terms`, { search: search || undefined, limit: pageSize, offset: (page - 1) * pageSize }),
  });
}

export function useComplianceMetrics(workspaceId: string, q: { from: string; to: string; interval: 'day' | 'week' }) {
  return useQuery({
    queryKey: ['compliance', workspaceId, 'metrics', q],
    placeholderData: keepPreviousData,
    queryFn: () => api.get<ComplianceMetrics>(`${base(workspaceId)}/metrics`, q),
  });
}

/** A download link for the browser (same-origin cookie session). */
export const exportUrl = (workspaceId: string, lexiconId: string, format: 'csv' | 'json') => `/api${lexiconPath(workspaceId, lexiconId)}/export?format=${format}`;

export function useComplianceMutations(workspaceId: string) {
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ queryKey: ['compliance', workspaceId] });
  return {
    createLexicon: useMutation({ mutationFn: (body: NewLexiconBody) => api.post<Lexicon>(`${base(workspaceId)}/lexicons`, body), onSuccess: refresh }),
    updateLexicon: useMutation({
      mutationFn: ({ id, body }: { id: string; body: LexiconPatchBody }) => api.patch<Lexicon>(lexiconPath(workspaceId, id), body),
      onSettled: refresh,
    }),
    deleteLexicon: useMutation({ mutationFn: (id: string) => api.del<Lexicon>(lexiconPath(workspaceId, id)), onSettled: refresh }),
    addTerm: useMutation({
      mutationFn: ({ lexiconId, body }: { lexiconId: string; body: NewTermBody }) => api.post<Term>(`${lexiconPath(workspaceId, lexiconId)}/terms`, body),
      onSuccess: refresh,
    }),
    updateTerm: useMutation({
      mutationFn: ({ lexiconId, id, body }: { lexiconId: string; id: string; body: TermPatchBody }) =>
        api.patch<Term>(`${lexiconPath(workspaceId, lexiconId)}/terms/${encodeURIComponent(id)}`, body),
      onSuccess: refresh,
    }),
    deleteTerm: useMutation({
      mutationFn: ({ lexiconId, id }: { lexiconId: string; id: string }) => api.del<Term>(`${lexiconPath(workspaceId, lexiconId)}/terms/${encodeURIComponent(id)}`),
      onSettled: refresh,
    }),
    importTerms: useMutation({
      mutationFn: ({ lexiconId, body }: { lexiconId: string; body: ImportBody }) => api.post<ImportResult>(`${lexiconPath(workspaceId, lexiconId)}/import`, body),
      onSuccess: refresh,
    }),
  };
}

/** Live check (nothing is stored): the editor and the try-it box. */
export function useComplianceCheck(workspaceId: string) {
  return useMutation({ mutationFn: (body: CheckBody) => api.post<ComplianceReport>(`${base(workspaceId)}/check`, body) });
}
