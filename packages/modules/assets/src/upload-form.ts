import { invalidField } from '@resonance/kernel';
import type { Context } from 'hono';
import { splitTags } from './asset-names.js';

export interface UploadForm {
  file: { name: string; bytes: Uint8Array };
  poster?: Uint8Array;
  name?: string;
  tags: string[];
}

const isFile = (v: unknown): v is File => typeof v === 'object' && v !== null && 'arrayBuffer' in v;

/**
 * Reads `multipart/form-data` with parts `file` (required), `poster` (optional image), `name` and
 * `tags` (comma-separated). The request size is already capped by the route's body limit.
 */
export async function readUploadForm(c: Context): Promise<UploadForm> {
  const type = c.req.header('content-type') ?? '';
  if (!type.toLowerCase().startsWith('multipart/form-data')) throw invalidField('body', 'must be multipart/form-data with a "file" part');
  let form: FormData;
  try {
    form = await c.req.raw.formData();
  } catch {
    throw invalidField('body', 'is not a readable multipart/form-data body');
  }
  const file = form.get('file');
  if (!isFile(file)) throw invalidField('file', 'is required (a file part)');
  if (file.size === 0) throw invalidField('file', 'is empty');
  const poster = form.get('poster');
  if (poster !== null && !isFile(poster)) throw invalidField('poster', 'must be a file part');
  const name = form.get('name');
  const tags = form.getAll('tags').filter((t): t is string => typeof t === 'string');
  return {
    file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
    poster: poster && poster.size > 0 ? new Uint8Array(await poster.arrayBuffer()) : undefined,
    name: typeof name === 'string' && name.trim() ? name : undefined,
    tags: tags.flatMap(splitTags),
  };
}
