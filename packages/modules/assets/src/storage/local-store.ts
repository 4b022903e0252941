import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { randomBytes } from 'node:crypto';
import { assertSafeKey, type AssetStore, type ByteRange } from './asset-store.js';

/** Files under `<root>/<key>` (root = `<dataDir>/assets`); writes go to a temp file, then rename. */
export function createLocalStore(root: string): AssetStore {
  const path = (key: string) => {
    assertSafeKey(key);
    return join(root, ...key.split('/'));
  };
  return {
    kind: 'local',
    async put(key, bytes) {
      const file = path(key);
      await mkdir(dirname(file), { recursive: true });
      const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
      await writeFile(tmp, bytes);
      await rename(tmp, file);
    },
    async get(key, range?: ByteRange) {
      const stream = createReadStream(path(key), range ? { start: range.start, end: range.end } : {});
      // surface a missing file as a rejected promise rather than a broken stream
      await new Promise<void>((resolve, reject) => {
        stream.once('open', () => resolve());
        stream.once('error', reject);
      });
      return Readable.toWeb(stream) as ReadableStream<Uint8Array>;
    },
    async delete(key) {
      await rm(path(key), { force: true });
    },
  };
}
