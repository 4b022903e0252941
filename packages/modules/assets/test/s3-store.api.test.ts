import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssetStore } from '../src/storage/asset-store.js';
import { createS3Store } from '../src/storage/s3-store.js';

const text = async (s: ReadableStream<Uint8Array>) => Buffer.from(await new Response(s).arrayBuffer()).toString();

describe('S3 asset store against an S3-compatible server (s3rver)', () => {
  let s3: S3rver;
  let dir: string;
  let store: AssetStore;
  let bare: AssetStore;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rsn-s3-'));
    s3 = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dir, configureBuckets: [{ name: 'assets' }] });
    const { port } = await s3.run();
    const cfg = { kind: 's3', bucket: 'assets', region: 'us-east-1', endpoint: `http://127.0.0.1:${port}`, accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true } as const;
    store = createS3Store({ ...cfg, prefix: 'rsn/' });
    bare = createS3Store(cfg);
  });
  afterAll(async () => {
    await s3?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('puts, reads whole and by range, and deletes (idempotently)', async () => {
    await store.put('ws_1/ab/abc.txt', Buffer.from('0123456789'), 'text/plain');
    expect(await text(await store.get('ws_1/ab/abc.txt'))).toBe('0123456789');
    expect(await text(await store.get('ws_1/ab/abc.txt', { start: 2, end: 5 }))).toBe('2345');
    // the prefix is part of the object key
    expect(await text(await bare.get('rsn/ws_1/ab/abc.txt'))).toBe('0123456789');
    await store.delete('ws_1/ab/abc.txt');
    await store.delete('ws_1/ab/abc.txt');
    await expect(store.get('ws_1/ab/abc.txt')).rejects.toMatchObject({ name: 'NoSuchKey' });
  });

  it('refuses keys that could leave the workspace folder', async () => {
    await expect(store.put('../x/y', Buffer.from('x'), 'text/plain')).rejects.toThrow(/unsafe/);
    await expect(store.get('ws_1/../../etc/passwd')).rejects.toThrow(/unsafe/);
  });
});
