import type { AssetStore } from './storage/asset-store.js';
import { parseRange } from './http-range.js';

export interface ServedObject {
  key: string;
  size: number;
  contentType: string;
  /** Strong validator: the content never changes under one key. */
  etag: string;
  /** Inline file name (Content-Disposition). */
  fileName?: string;
}

const encodeFileName = (name: string) => `inline; filename*=UTF-8''${encodeURIComponent(name)}`;

/** A stored object as an HTTP response: ETag / If-None-Match (304), Cache-Control, single-range requests (206 / 416). */
export async function serveObject(store: AssetStore, obj: ServedObject, headers: Headers, method = 'GET'): Promise<Response> {
  const base: Record<string, string> = {
    etag: obj.etag,
    // private: only signed-in members may read it; bytes under one key never change
    'cache-control': 'private, max-age=31536000, immutable',
    'accept-ranges': 'bytes',
    'content-type': obj.contentType,
    'x-content-type-options': 'nosniff',
  };
  if (obj.fileName) base['content-disposition'] = encodeFileName(obj.fileName);
  const inm = headers.get('if-none-match');
  if (inm && inm.split(',').some((t) => t.trim() === obj.etag || t.trim() === '*')) return new Response(null, { status: 304, headers: base });
  const ifRange = headers.get('if-range');
  const range = ifRange && ifRange !== obj.etag ? null : parseRange(headers.get('range') ?? undefined, obj.size);
  if (range === 'unsatisfiable') return new Response(null, { status: 416, headers: { ...base, 'content-range': `bytes */${obj.size}` } });
  const length = range ? range.end - range.start + 1 : obj.size;
  const body = method === 'HEAD' ? null : await store.get(obj.key, range ?? undefined);
  return new Response(body, {
    status: range ? 206 : 200,
    headers: { ...base, 'content-length': String(length), ...(range ? { 'content-range': `bytes ${range.start}-${range.end}/${obj.size}` } : {}) },
  });
}
