import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, itemsOf, wsPath } from '../../lib/api';

export interface Brand {
  id: string;
  name: string;
  createdAt?: string;
  archivedAt?: string | null;
}

export interface Localized {
  zh: string;
  en: string;
}

export interface PlatformInfo {
  platform: string;
  name: Localized;
  connector: 'available' | 'credentials_only';
  oneClick: boolean;
  credentialFields: { key: string; label: Localized; secret: boolean; optional?: boolean; help?: Localized }[];
  callbackUrl: string | null;
  docsUrl: string | null;
  approvalNote: Localized | string | null;
}

export interface Account {
  id: string;
  brandId: string;
  platform: string;
  name: string;
  simulates?: string | null;
  status?: string;
  createdAt?: string;
  connectedAt?: string | null;
  disconnectedAt?: string | null;
  handle?: string | null;
  credentialFieldsSet?: string[];
}

type List<T> = T[] | { items: T[] };

export function useBrands(workspaceId: string) {
  return useQuery({ queryKey: ['brands', workspaceId], queryFn: async () => itemsOf(await api.get<List<Brand>>(wsPath(workspaceId, '/brands'))) });
}

export function usePlatforms(workspaceId: string) {
  return useQuery({
    queryKey: ['platforms', workspaceId],
    queryFn: async () => itemsOf(await api.get<List<PlatformInfo>>(wsPath(workspaceId, '/platforms'))),
    staleTime: 5 * 60_000,
  });
}

export function useAccounts(workspaceId: string) {
  return useQuery({ queryKey: ['accounts', workspaceId], queryFn: async () => itemsOf(await api.get<List<Account>>(wsPath(workspaceId, '/accounts'))) });
}

export interface ConnectBody {
  brandId: string;
  platform: string;
  name?: string;
  simulates?: string;
  credentials?: Record<string, string>;
}

export function useAccountMutations(workspaceId: string) {
  const qc = useQueryClient();
  const refresh = async () => {
    await qc.invalidateQueries({ queryKey: ['brands', workspaceId] });
    await qc.invalidateQueries({ queryKey: ['accounts', workspaceId] });
    await qc.invalidateQueries({ queryKey: ['overview', workspaceId] });
  };
  return {
    createBrand: useMutation({ mutationFn: (body: { name: string }) => api.post<Brand>(wsPath(workspaceId, '/brands'), body), onSuccess: refresh }),
    renameBrand: useMutation({
      mutationFn: ({ id, name }: { id: string; name: string }) => api.patch<Brand>(wsPath(workspaceId, `/brands/${id}`), { name }),
      onSuccess: refresh,
    }),
    deleteBrand: useMutation({ mutationFn: (id: string) => api.del(wsPath(workspaceId, `/brands/${id}`)), onSettled: refresh }),
    connect: useMutation({ mutationFn: (body: ConnectBody) => api.post<Account>(wsPath(workspaceId, '/accounts'), body), onSuccess: refresh }),
    disconnect: useMutation({ mutationFn: (id: string) => api.post(wsPath(workspaceId, `/accounts/${id}/disconnect`)), onSettled: refresh }),
  };
}

/** Picks the UI language's text of a `{zh, en}` pair. */
export function localized(value: Localized | string | null | undefined, lang: string): string {
  if (!value) return '';
  if (typeof value === 'string') return value;
  return lang === 'en' ? value.en : value.zh;
}
