import type { RequestOf, ResponseOf } from '@resonance/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, readCookie, wsPath, type FieldError } from '../../lib/api';

/** The server's contracts (`…/content…`, `…/content-rules/check`). */
export type ItemList = ResponseOf<'/workspaces/{workspaceId}/content', 'get'>;
export type ItemSummary = ItemList['items'][number];
export type Item = ResponseOf<'/workspaces/{workspaceId}/content/{contentId}', 'get'>;
export type Variant = Item['variants'][number];
export type NewItemBody = RequestOf<'/workspaces/{workspaceId}/content', 'post'>;
export type ItemPatchBody = RequestOf<'/workspaces/{workspaceId}/content/{contentId}', 'patch'>;
export type VariantPatchBody = RequestOf<'/workspaces/{workspaceId}/content/{contentId}/variants/{variantId}', 'patch'>;
export type DraftCheckBody = RequestOf<'/workspaces/{workspaceId}/content-rules/check', 'post'>;
export type VariantChecks = ResponseOf<'/workspaces/{workspaceId}/content-rules/check', 'post'>;
export type RuleFinding = VariantChecks['findings'][number];
export type ActivityList = ResponseOf<'/workspaces/{workspaceId}/content/{contentId}/activity', 'get'>;
export type Activity = ActivityList['items'][number];
export type LinkList = ResponseOf<'/workspaces/{workspaceId}/content/{contentId}/links', 'get'>;
export type ShortLink = LinkList['items'][number];
export type NewLinkBody = RequestOf<'/workspaces/{workspaceId}/content/{contentId}/links', 'post'>;

export const FUNNEL_STAGES = ['awareness', 'interest', 'decision', 'loyalty'] as const;

export interface ItemFilters {
  status?: string;
  pillar?: string;
  funnelStage?: string;
  campaign?: string;
  q?: string;
}

const itemPath = (ws: string, id: string, rest = '') => wsPath(ws, `/content/${encodeURIComponent(id)}${rest}`);

/** One page of items; `cursor` is the previous page's `nextCursor`. */
export function useItems(workspaceId: string, filters: ItemFilters, cursor: string | null, limit: number) {
  return useQuery({
    queryKey: ['studio', workspaceId, 'list', filters, cursor, limit],
    placeholderData: keepPreviousData,
    queryFn: () => api.get<ItemList>(wsPath(workspaceId, '/content'), { ...filters, cursor, limit }),
  });
}

export function useItem(workspaceId: string, contentId: string) {
  return useQuery({ queryKey: ['studio', workspaceId, 'item', contentId], queryFn: () => api.get<Item>(itemPath(workspaceId, contentId)) });
}

/**
 * Every write answers with the whole item (one version for master and variants): it replaces the
 * cached item, and the list, activity and workflow are refetched.
 */
export function useItemMutations(workspaceId: string, contentId: string) {
  const qc = useQueryClient();
  const key = ['studio', workspaceId, 'item', contentId];
  const onSuccess = (item: Item) => {
    qc.setQueryData(key, item);
    void qc.invalidateQueries({ queryKey: ['studio', workspaceId, 'list'] });
    void qc.invalidateQueries({ queryKey: ['activity', workspaceId, contentId] });
    void qc.invalidateQueries({ queryKey: ['workflow', workspaceId, contentId] });
  };
  return {
    save: useMutation({ mutationFn: (body: ItemPatchBody) => api.patch<Item>(itemPath(workspaceId, contentId), body), onSuccess }),
    addVariant: useMutation({
      mutationFn: (body: { accountId: string; version: number }) => api.post<Item>(itemPath(workspaceId, contentId, '/variants'), body),
      onSuccess,
    }),
    removeVariant: useMutation({
      mutationFn: ({ variantId, version }: { variantId: string; version: number }) =>
        api.del<Item>(`${itemPath(workspaceId, contentId, `/variants/${encodeURIComponent(variantId)}`)}?version=${version}`),
      onSuccess,
    }),
    editVariant: useMutation({
      mutationFn: ({ variantId, body }: { variantId: string; body: VariantPatchBody }) =>
        api.patch<Item>(itemPath(workspaceId, contentId, `/variants/${encodeURIComponent(variantId)}`), body),
      onSuccess,
    }),
    resetVariant: useMutation({
      mutationFn: ({ variantId, version }: { variantId: string; version: number }) =>
        api.post<Item>(itemPath(workspaceId, contentId, `/variants/${encodeURIComponent(variantId)}/reset`), { version }),
      onSuccess,
    }),
    reload: () => qc.invalidateQueries({ queryKey: key }),
  };
}

/** Create a draft; `key` is the Idempotency-Key so a retried click does not create two items. */
export function useCreateItem(workspaceId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ body, key }: { body: NewItemBody; key: string }) => postWithKey<Item>(wsPath(workspaceId, '/content'), body, key),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['studio', workspaceId, 'list'] }),
  });
}

/** Live platform-rule check of unsaved text for one target account (stores nothing). */
export function checkDraft(workspaceId: string, body: DraftCheckBody): Promise<VariantChecks> {
  return api.post<VariantChecks>(wsPath(workspaceId, '/content-rules/check'), body);
}

export function useActivity(workspaceId: string, contentId: string) {
  return useQuery({
    queryKey: ['activity', workspaceId, contentId],
    queryFn: () => api.get<ActivityList>(itemPath(workspaceId, contentId, '/activity'), { limit: 100 }),
  });
}

export function useLinks(workspaceId: string, contentId: string) {
  return useQuery({ queryKey: ['studio', workspaceId, 'links', contentId], queryFn: () => api.get<LinkList>(itemPath(workspaceId, contentId, '/links')) });
}

export function useCreateLink(workspaceId: string, contentId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: NewLinkBody) => api.post<ShortLink>(itemPath(workspaceId, contentId, '/links'), body),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['studio', workspaceId, 'links', contentId] });
      void qc.invalidateQueries({ queryKey: ['activity', workspaceId, contentId] });
    },
  });
}

export const thumbnailUrl = (workspaceId: string, assetId: string) => `/api${wsPath(workspaceId, `/assets/${encodeURIComponent(assetId)}/thumbnail`)}`;

export const newIdempotencyKey = () => globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;

/** POST with an Idempotency-Key header (the shared client sends no extra headers); errors as the shared client's ApiError. */
async function postWithKey<T>(path: string, body: unknown, key: string): Promise<T> {
  const csrf = readCookie('rsn_csrf');
  let res: Response;
  try {
    res = await fetch(`/api${path}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'idempotency-key': key, ...(csrf ? { 'x-csrf-token': csrf } : {}) },
      body: JSON.stringify(body),
    });
  } catch (err) {
    throw new ApiError(0, 'network', (err as Error).message || 'Network error');
  }
  const data = (await res.json().catch(() => undefined)) as { error?: { code?: string; message?: string; fields?: FieldError[] } } | undefined;
  if (!res.ok) throw new ApiError(res.status, data?.error?.code ?? `http_${res.status}`, data?.error?.message ?? res.statusText, data?.error?.fields ?? []);
  return data as T;
}
