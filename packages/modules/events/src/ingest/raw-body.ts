import { gunzip } from 'node:zlib';
import { promisify } from 'node:util';
import { AppError, invalidField } from '@resonance/kernel';
import { payloadTooLarge } from './limits.js';

const gunzipAsync = promisify(gunzip);
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads at most `limit` bytes of a request body, refusing (413) as soon as it is longer, without buffering the rest. */
export async function readBodyLimited(req: Request, limit: number): Promise<Buffer> {
  const declared = Number(req.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) throw payloadTooLarge('batch', `request body is ${declared} bytes; the limit is ${limit} bytes`);
  if (!req.body) return Buffer.alloc(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw payloadTooLarge('batch', `request body is over ${limit} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

const isGzip = (b: Buffer) => b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;

/** Gunzips with a cap on the output: a gzip bomb stops at `limit` bytes with a 413. */
export async function gunzipLimited(body: Buffer, limit: number): Promise<Buffer> {
  try {
    return await gunzipAsync(body, { maxOutputLength: limit });
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
      throw payloadTooLarge('batch', `decompressed body is over ${limit} bytes`);
    }
    throw new AppError('invalid_gzip', 'Request body is not valid gzip', 400);
  }
}

function decodeUtf8(b: Buffer): string {
  try {
    return utf8.decode(b);
  } catch {
    throw new AppError('invalid_utf8', 'Request body is not valid UTF-8', 400);
  }
}

function parseJson(text: string): unknown {
  if (text.trim() === '') throw invalidField('body', 'is empty');
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('invalid_json', 'Request body is not valid JSON', 400);
  }
}

/** PostHog's form encoding: `data=<json>` or `data=<base64 of json, possibly gzipped>`. */
async function decodeFormData(text: string, limit: number): Promise<unknown> {
  const data = new URLSearchParams(text).get('data');
  if (data === null) throw invalidField('body.data', 'is required for a form-encoded body');
  const trimmed = data.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return parseJson(trimmed);
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed)) throw invalidField('body.data', 'is neither JSON nor base64');
  let bytes: Buffer = Buffer.from(trimmed, 'base64');
  if (isGzip(bytes)) bytes = await gunzipLimited(bytes, limit);
  return parseJson(decodeUtf8(bytes));
}

/**
 * The JSON payload of an SDK request, whatever its wrapping: gzip (by `content-encoding` or by the
 * magic bytes 1f 8b), `text/plain` (the browser libraries avoid CORS preflights with it), or a
 * form with `data=`. Sizes are checked before and after decompression.
 */
export async function readSdkPayload(req: Request, limit: number): Promise<unknown> {
  let body: Buffer = await readBodyLimited(req, limit);
  const encoding = (req.headers.get('content-encoding') ?? '').toLowerCase();
  if (encoding === 'gzip' || isGzip(body)) body = await gunzipLimited(body, limit);
  else if (encoding && encoding !== 'identity') throw new AppError('unsupported_encoding', `Content-Encoding ${encoding} is not supported (use gzip)`, 415);
  const text = decodeUtf8(body);
  const type = (req.headers.get('content-type') ?? '').toLowerCase();
  if (type.startsWith('application/x-www-form-urlencoded') || (text.startsWith('data=') && !type.includes('json'))) {
    return decodeFormData(text, limit);
  }
  return parseJson(text);
}
