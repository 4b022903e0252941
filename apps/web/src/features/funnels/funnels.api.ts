import type { RequestOf, ResponseOf } from '@resonance/contracts';
import { useQuery } from '@tanstack/react-query';
import { ApiError, api, readCookie, wsPath } from '../../lib/api';

export type FunnelBody = RequestOf<'/workspaces/{workspaceId}/queries/funnel', 'post'>;
export type FunnelResult = ResponseOf<'/workspaces/{workspaceId}/queries/funnel', 'post'>;
export type FunnelStep = FunnelResult['steps'][number];
export type FunnelOrder = NonNullable<FunnelBody['order']>;
export type FunnelFansCsvBody = RequestOf<'/workspaces/{workspaceId}/queries/funnel/fans.csv', 'post'>;

/** Runs the funnel for the body last submitted (null = nothing submitted yet). */
export function useFunnel(workspaceId: string, body: FunnelBody | null) {
  return useQuery({
    queryKey: ['funnel', workspaceId, body],
    enabled: body !== null,
    queryFn: () => api.post<FunnelResult>(wsPath(workspaceId, '/queries/funnel'), body),
  });
}

/** Downloads the fans of a step as CSV (a POST, so through a blob rather than a link). */
export async function downloadFunnelFans(workspaceId: string, body: FunnelFansCsvBody): Promise<void> {
  const res = await fetch(`/api${wsPath(workspaceId, '/queries/funnel/fans.csv')}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', 'x-csrf-token': readCookie('rsn_csrf') ?? '' },
    body: JSON.stringify(body),
  });
  if (!res.ok) {
    const e = ((await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(res.status, e?.code ?? `http_${res.status}`, e?.message ?? res.statusText);
  }
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'funnel-fans.csv';
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
