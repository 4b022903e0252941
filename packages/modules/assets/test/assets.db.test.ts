import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import { createLogger, type Clock } from '@resonance/kernel';
import type { AssetsDeps, AssetUsage } from '../src/assets.deps.js';
import { changeAsset, deleteAsset, listAssets } from '../src/assets.service.js';
import { listTags } from '../src/assets.repository.js';
import { assetInfo } from '../src/asset-info.js';
import { createLocalStore } from '../src/storage/local-store.js';
import { uploadAsset } from '../src/upload.service.js';
import { makeImage } from './images.js';
import { buildMp4 } from '../src/testing/mp4-fixture.js';

const migrations = fileURLToPath(new URL('../migrations', import.meta.url));

/** A clock the test moves forward, so upload order is upload time. */
function steppingClock(start = Date.UTC(2026, 10, 1)): Clock {
  let t = start;
  return { now: () => new Date((t += 60_000)) };
}

const noUsage: AssetUsage = async () => [];

describe.each(testDatabaseKinds())('asset library on %s', (kind) => {
  let db: TestDatabase;
  let dir: string;
  let deps: AssetsDeps;
  beforeAll(async () => {
    db = await createTestDatabase(kind, [migrations]);
    dir = mkdtempSync(join(tmpdir(), 'rsn-assets-'));
    deps = { db, store: createLocalStore(dir), clock: steppingClock(), logger: createLogger({ test: true }, 'error') };
  });
  afterAll(async () => {
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores an image with metadata and a WebP thumbnail, and dedupes the same bytes per workspace', async () => {
    const png = await makeImage(800, 600, 'png', 1);
    const first = await uploadAsset(deps, 'ws_a', { file: { name: 'C:\\photos\\海报.png', bytes: png }, tags: ['新品', ' 新品 ', '#夏季'], createdBy: 'usr_1' });
    expect(first.created).toBe(true);
    expect(first.asset).toMatchObject({ kind: 'image', name: '海报.png', mimeType: 'image/png', width: 800, height: 600, durationMs: null, tags: ['夏季', '新品'].sort() });
    const stored = await readFile(join(dir, ...first.asset.storageKey.split('/')));
    expect(stored.equals(png)).toBe(true);
    const thumb = await readFile(join(dir, ...first.asset.thumbnailKey!.split('/')));
    expect(thumb.subarray(8, 12).toString()).toBe('WEBP');

    const again = await uploadAsset(deps, 'ws_a', { file: { name: 'copy.png', bytes: png }, createdBy: 'usr_2' });
    expect(again).toMatchObject({ created: false, asset: { id: first.asset.id, name: '海报.png' } });
    const other = await uploadAsset(deps, 'ws_b', { file: { name: 'x.png', bytes: png }, createdBy: 'usr_9' });
    expect(other.created).toBe(true);
    expect(other.asset.id).not.toBe(first.asset.id);
  });

  it('concurrent uploads of the same bytes give one asset', async () => {
    const jpg = await makeImage(300, 200, 'jpeg', 2);
    const results = await Promise.all([1, 2, 3].map((i) => uploadAsset(deps, 'ws_c', { file: { name: `${i}.jpg`, bytes: jpg }, createdBy: 'usr_1' })));
    expect(new Set(results.map((r) => r.asset.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
  });

  it('adds a poster to a video that had none when the same video is uploaded again', async () => {
    const mp4 = buildMp4({ width: 1280, height: 720, duration: 4200 });
    const bare = await uploadAsset(deps, 'ws_v', { file: { name: 'clip.mp4', bytes: mp4 }, createdBy: 'usr_1' });
    expect(bare.asset).toMatchObject({ kind: 'video', width: 1280, height: 720, durationMs: 4200, thumbnailKey: null });
    const poster = await makeImage(1280, 720, 'jpeg', 3);
    const withPoster = await uploadAsset(deps, 'ws_v', { file: { name: 'clip.mp4', bytes: mp4 }, poster, createdBy: 'usr_1' });
    expect(withPoster.created).toBe(false);
    expect(withPoster.asset.thumbnailKey).toMatch(/\.thumb\.webp$/);
  });

  it('tags: add and remove in one change, unique and sorted; tag counts', async () => {
    const { asset } = await uploadAsset(deps, 'ws_t', { file: { name: 'a.png', bytes: await makeImage(10, 10, 'png', 4) }, tags: ['b'], createdBy: 'u' });
    const { after } = await changeAsset(deps, 'ws_t', asset.id, { addTags: ['c', 'a', 'b'], removeTags: ['b'] });
    expect(after.tags).toEqual(['a', 'c']);
    const renamed = await changeAsset(deps, 'ws_t', asset.id, { name: '  新名字.png ' });
    expect(renamed.after).toMatchObject({ name: '新名字.png', tags: ['a', 'c'] });
    await uploadAsset(deps, 'ws_t', { file: { name: 'b.png', bytes: await makeImage(10, 10, 'png', 5) }, tags: ['a'], createdBy: 'u' });
    expect(await listTags(db, 'ws_t')).toEqual([{ tag: 'a', count: 2 }, { tag: 'c', count: 1 }]);
    await expect(changeAsset(deps, 'ws_other', asset.id, { name: 'x' })).rejects.toMatchObject({ status: 404 });
  });

  it('search by name or tag, tags (all of), kind and date, with keyset pages', async () => {
    const ws = 'ws_s';
    const up = async (name: string, tags: string[], seed: number, video = false) =>
      (
        await uploadAsset(deps, ws, {
          file: { name, bytes: video ? buildMp4({ duration: seed * 1000 }) : await makeImage(20, 20, 'png', seed) },
          tags,
          createdBy: 'u',
        })
      ).asset;
    const a = await up('Summer_Sale 100%.png', ['夏季', 'banner'], 10);
    const b = await up('春季新品.png', ['春季', 'banner'], 11);
    const c = await up('开箱.mp4', ['夏季'], 12, true);
    const ids = async (q: Parameters<typeof listAssets>[2]) => (await listAssets(deps, ws, q)).items.map((i) => i.id);

    expect(await ids({ limit: 10 })).toEqual([c.id, b.id, a.id]);
    expect(await ids({ limit: 10, q: 'summer' })).toEqual([a.id]);
    expect(await ids({ limit: 10, q: '100%' })).toEqual([a.id]);
    expect(await ids({ limit: 10, q: '_' })).toEqual([a.id]); // LIKE wildcards are literal
    expect(await ids({ limit: 10, q: '夏' })).toEqual([c.id, a.id]); // by tag
    expect(await ids({ limit: 10, tags: ['夏季', 'banner'] })).toEqual([a.id]);
    expect(await ids({ limit: 10, kind: 'video' })).toEqual([c.id]);
    expect(await ids({ limit: 10, from: b.createdAt })).toEqual([c.id, b.id]);
    expect(await ids({ limit: 10, to: b.createdAt })).toEqual([a.id]);

    const p1 = await listAssets(deps, ws, { limit: 2 });
    expect(p1.items.map((i) => i.id)).toEqual([c.id, b.id]);
    const p2 = await listAssets(deps, ws, { limit: 2, cursor: p1.nextCursor! });
    expect(p2).toMatchObject({ items: [{ id: a.id }], nextCursor: null });
    await expect(listAssets(deps, ws, { limit: 2, cursor: 'bogus' })).rejects.toMatchObject({ status: 400 });
  });

  it('assetInfo answers the port shape in the order asked, skipping unknown and foreign ids', async () => {
    const { asset } = await uploadAsset(deps, 'ws_i', { file: { name: 'v.mp4', bytes: buildMp4({ duration: 900, width: 640, height: 360 }) }, createdBy: 'u' });
    const img = (await uploadAsset(deps, 'ws_i', { file: { name: 'i.png', bytes: await makeImage(40, 30, 'png', 20) }, createdBy: 'u' })).asset;
    const foreign = (await uploadAsset(deps, 'ws_j', { file: { name: 'i.png', bytes: await makeImage(41, 30, 'png', 20) }, createdBy: 'u' })).asset;
    const info = await assetInfo(db, 'ws_i', [img.id, 'ast_nope', asset.id, foreign.id, img.id]);
    expect(info).toEqual([
      { id: img.id, kind: 'image', mimeType: 'image/png', bytes: img.bytes, width: 40, height: 30, durationMs: null, url: `/api/workspaces/ws_i/assets/${img.id}/file`, thumbnailUrl: `/api/workspaces/ws_i/assets/${img.id}/thumbnail` },
      { id: asset.id, kind: 'video', mimeType: 'video/mp4', bytes: asset.bytes, width: 640, height: 360, durationMs: 900, url: `/api/workspaces/ws_i/assets/${asset.id}/file`, thumbnailUrl: null },
    ]);
  });

  it('delete: 409 while used, 403 forcing as an editor, removed with its files when an admin forces', async () => {
    const { asset } = await uploadAsset(deps, 'ws_d', { file: { name: 'd.png', bytes: await makeImage(12, 12, 'png', 30) }, createdBy: 'u' });
    const used: AssetUsage = async (_db, ws, id) => (ws === 'ws_d' && id === asset.id ? [{ contentId: 'cnt_1', title: '推文', status: 'draft' }] : []);
    await expect(deleteAsset(deps, used, 'ws_d', asset.id, { force: false, role: 'owner' })).rejects.toMatchObject({ status: 409, code: 'asset_in_use' });
    await expect(deleteAsset(deps, used, 'ws_d', asset.id, { force: true, role: 'editor' })).rejects.toMatchObject({ status: 403 });
    const res = await deleteAsset(deps, used, 'ws_d', asset.id, { force: true, role: 'admin' });
    expect(res.usedBy).toHaveLength(1);
    await expect(readFile(join(dir, ...asset.storageKey.split('/')))).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(deleteAsset(deps, noUsage, 'ws_d', asset.id, { force: false, role: 'admin' })).rejects.toMatchObject({ status: 404 });
  });
});
