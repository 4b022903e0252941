import type { RequestOf, ResponseOf } from '@resonance/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, wsPath } from '../../lib/api';

type BrandList = ResponseOf<'/workspaces/{workspaceId}/brands', 'get'>;
type PlatformList = ResponseOf<'/workspaces/{workspaceId}/platforms', 'get'>;
type AccountList = ResponseOf<'/workspaces/{workspaceId}/accounts', 'get'>;

export type Brand = BrandList['items'][number];
export type PlatformInfo = PlatformList['items'][number];
export type Account = AccountList['items'][number];
/** A text in both UI languages, as the server sends platform names and notes. */
export type Localized = PlatformInfo['name'];
export type ConnectBody = RequestOf<'/workspaces/{workspaceId}/accounts', 'post'>;
type CreateBrandBody = RequestOf<'/workspaces/{workspaceId}/brands', 'post'>;
type UpdateBrandBody = RequestOf<'/workspaces/{workspaceId}/brands/{brandId}', 'patch'>;

export function useBrands(workspaceId: string) {
  return useQuery({ queryKey: ['brands', workspaceId], queryFn: async () => (await api.get<BrandList>(wsPath(workspaceId, '/brands'))).items });
}

export function usePlatforms(workspaceId: string) {
  return useQuery({
    queryKey: ['platforms', workspaceId],
    queryFn: async () => (await api.get<PlatformList>(wsPath(workspaceId, '/platforms'))).items,
    staleTime: 5 * 60_000,
  });
}

export function useAccounts(workspaceId: string) {
  return useQuery({ queryKey: ['accounts', workspaceId], queryFn: async () => (await api.get<AccountList>(wsPath(workspaceId, '/accounts'))).items });
}

export function useAccountMutations(workspaceId: string) {
  const qc = useQueryClient();
  const refresh = async () => {
    await qc.invalidateQueries({ queryKey: ['brands', workspaceId] });
    await qc.invalidateQueries({ queryKey: ['accounts', workspaceId] });
    await qc.invalidateQueries({ queryKey: ['overview', workspaceId] });
  };
  return {
    createBrand: useMutation({ mutationFn: (body: CreateBrandBody) => api.post<Brand>(wsPath(workspaceId, '/brands'), body), onSuccess: refresh }),
    renameBrand: useMutation({
      mutationFn: ({ id, ...body }: { id: string } & UpdateBrandBody) => api.patch<Brand>(wsPath(workspaceId, `/brands/${id}`), body),
      onSuccess: refresh,
    }),
    deleteBrand: useMutation({ mutationFn: (id: string) => api.del<Brand>(wsPath(workspaceId, `/brands/${id}`)), onSettled: refresh }),
    connect: useMutation({ mutationFn: (body: ConnectBody) => api.post<Account>(wsPath(workspaceId, '/accounts'), body), onSuccess: refresh }),
    disconnect: useMutation({ mutationFn: (id: string) => api.post<Account>(wsPath(workspaceId, `/accounts/${id}/disconnect`)), onSettled: refresh }),
  };
}

/** Picks the UI language's text of a `{zh, en}` pair. */
export function localized(value: Localized | null | undefined, lang: string): string {
  if (!value) return '';
  return lang === 'en' ? value.en : value.zh;
}
