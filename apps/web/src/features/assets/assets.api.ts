import type { RequestOf, ResponseOf } from '@resonance/contracts';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, readCookie, wsPath } from '../../lib/api';

/** The server's contracts (`…/assets`). */
export type AssetList = ResponseOf<'/workspaces/{workspaceId}/assets', 'get'>;
export type Asset = AssetList['items'][number];
export type AssetPatch = RequestOf<'/workspaces/{workspaceId}/assets/{assetId}', 'patch'>;
export type AssetUsage = ResponseOf<'/workspaces/{workspaceId}/assets/{assetId}/usage', 'get'>['items'][number];
export type AssetTag = ResponseOf<'/workspaces/{workspaceId}/assets/tags', 'get'>['items'][number];

export interface AssetFilters {
  q?: string;
  kind?: 'image' | 'video';
  tags?: string[];
  /** ISO instants: uploaded at or after `from`, before `to`. */
  from?: string;
  to?: string;
}

const PAGE = 48;
const assetPath = (ws: string, id: string, rest = '') => wsPath(ws, `/assets/${encodeURIComponent(id)}${rest}`);

export function useAssets(workspaceId: string, f: AssetFilters) {
  return useInfiniteQuery({
    queryKey: ['assets', workspaceId, 'list', f],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      api.get<AssetList>(wsPath(workspaceId, '/assets'), {
        q: f.q,
        kind: f.kind,
        tags: f.tags?.length ? f.tags.join(',') : undefined,
        from: f.from,
        to: f.to,
        limit: PAGE,
        cursor: pageParam,
      }),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useAssetTags(workspaceId: string) {
  return useQuery({
    queryKey: ['assets', workspaceId, 'tags'],
    queryFn: async () => (await api.get<{ items: AssetTag[] }>(wsPath(workspaceId, '/assets/tags'))).items,
  });
}

export function useAssetUsage(workspaceId: string, assetId: string | null) {
  return useQuery({
    queryKey: ['assets', workspaceId, 'usage', assetId],
    enabled: assetId !== null,
    queryFn: async () => (await api.get<{ items: AssetUsage[] }>(assetPath(workspaceId, assetId!, '/usage'))).items,
  });
}

export function useAssetMutations(workspaceId: string) {
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ queryKey: ['assets', workspaceId] });
  return {
    update: useMutation({
      mutationFn: ({ id, body }: { id: string; body: AssetPatch }) => api.patch<Asset>(assetPath(workspaceId, id), body),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: ({ id, force }: { id: string; force?: boolean }) => api.del<null>(assetPath(workspaceId, id, force ? '?force=true' : '')),
      onSuccess: refresh,
    }),
    refresh,
  };
}

export interface UploadResult {
  asset: Asset;
  /** false when the library already held the same bytes. */
  created: boolean;
}

/** multipart upload with progress (XMLHttpRequest: fetch cannot report upload progress). */
export function uploadAsset(workspaceId: string, file: File, opts: { poster?: Blob | null; tags?: string[]; onProgress?: (percent: number) => void } = {}): Promise<UploadResult> {
  const form = new FormData();
  form.append('file', file, file.name);
  if (opts.poster) form.append('poster', opts.poster, 'poster.jpg');
  if (opts.tags?.length) form.append('tags', opts.tags.join(','));
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api${wsPath(workspaceId, '/assets')}`);
    xhr.withCredentials = true;
    const csrf = readCookie('rsn_csrf');
    if (csrf) xhr.setRequestHeader('x-csrf-token', csrf);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) opts.onProgress?.(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'Network error'));
    xhr.onload = () => {
      let data: { error?: { code?: string; message?: string; fields?: { path: string; message: string }[] } } | Asset | undefined;
      try {
        data = JSON.parse(xhr.responseText);
      } catch {
        data = undefined;
      }
      if (xhr.status === 200 || xhr.status === 201) return resolve({ asset: data as Asset, created: xhr.status === 201 });
      const e = (data as { error?: { code?: string; message?: string; fields?: { path: string; message: string }[] } })?.error;
      reject(new ApiError(xhr.status, e?.code ?? `http_${xhr.status}`, e?.message ?? xhr.statusText, e?.fields ?? []));
    };
    xhr.send(form);
  });
}
