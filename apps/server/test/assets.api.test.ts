import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMp4 } from '@resonance/assets/testing';
import { testDatabaseKinds } from '@resonance/db/testing';
import type { Role } from '@resonance/kernel';
import { startTestServer, type TestServer, type TestServerOptions } from '../src/testing/index.js';
import { workspaceFixture, type WorkspaceFixture } from './fixtures.js';

const MB = 1024 * 1024;
const png = (w: number, h: number, r = 10) => sharp({ create: { width: w, height: h, channels: 3, background: { r, g: 80, b: 160 } } }).png().toBuffer();
const jpeg = (w: number, h: number) => sharp({ create: { width: w, height: h, channels: 3, background: '#336699' } }).jpeg().toBuffer();
/** Bytes that sniff as PNG (magic number) but are too big to decode: the size check must come first. */
const fakePng = (bytes: number) => {
  const b = Buffer.alloc(bytes);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b);
  return b;
};

interface Part {
  bytes: Uint8Array;
  name: string;
  /** What the client claims; the server must not trust it. */
  type?: string;
}

function harness(opts: () => TestServerOptions) {
  const h = {} as { server: TestServer; a: WorkspaceFixture; b: WorkspaceFixture };
  beforeAll(async () => {
    h.server = await startTestServer(opts());
    h.a = await workspaceFixture(h.server, 'A');
    h.b = await workspaceFixture(h.server, 'B');
  });
  afterAll(async () => h.server?.close());
  const path = (rest: string, f: WorkspaceFixture = h.a) => `/api/workspaces/${f.workspaceId}/assets${rest}`;
  const api = (role: Role, f: WorkspaceFixture = h.a) => h.server.client().withToken(f.tokens[role]);
  const raw = (role: Role, rest: string, headers: Record<string, string> = {}, f: WorkspaceFixture = h.a) =>
    fetch(h.server.url + path(rest, f), { headers: { authorization: `Bearer ${f.tokens[role]}`, ...headers } });
  async function upload(role: Role, parts: { file?: Part; poster?: Part; tags?: string; name?: string }, f: WorkspaceFixture = h.a) {
    const form = new FormData();
    if (parts.file) form.append('file', new Blob([Buffer.from(parts.file.bytes)], { type: parts.file.type ?? '' }), parts.file.name);
    if (parts.poster) form.append('poster', new Blob([Buffer.from(parts.poster.bytes)], { type: parts.poster.type ?? '' }), parts.poster.name);
    if (parts.tags) form.append('tags', parts.tags);
    if (parts.name) form.append('name', parts.name);
    const res = await fetch(h.server.url + path('', f), { method: 'POST', headers: { authorization: `Bearer ${f.tokens[role]}` }, body: form });
    return { status: res.status, body: await res.json() };
  }
  return { h, path, api, raw, upload };
}

describe.each(testDatabaseKinds())('asset library API (%s)', (kind) => {
  const { h, path, api, raw, upload } = harness(() => ({ kind }));

  it('uploads an image: type sniffed from the bytes, metadata, WebP thumbnail, cacheable file', async () => {
    const bytes = await png(1200, 900);
    const res = await upload('editor', { file: { bytes, name: 'banner.txt', type: 'text/plain' }, tags: '夏季, banner' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'image', mimeType: 'image/png', name: 'banner.txt', width: 1200, height: 900, bytes: bytes.length, tags: ['banner', '夏季'] });

    const thumb = await raw('agent', `/${res.body.id}/thumbnail`);
    expect(thumb.status).toBe(200);
    expect(thumb.headers.get('content-type')).toBe('image/webp');
    const meta = await sharp(Buffer.from(await thumb.arrayBuffer())).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['webp', 320, 240]);

    const file = await raw('analyst', `/${res.body.id}/file`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(file.headers.get('cache-control')).toContain('private');
    expect(Buffer.from(await file.arrayBuffer()).equals(bytes)).toBe(true);
    const etag = file.headers.get('etag')!;
    expect(etag).toBe(`"${res.body.sha256}"`);
    expect((await raw('analyst', `/${res.body.id}/file`, { 'if-none-match': etag })).status).toBe(304);

    const again = await upload('editor', { file: { bytes, name: 'other-name.png' } });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(res.body.id);
  });

  it('uploads a video with the browser-captured poster; serves byte ranges', async () => {
    const mp4 = buildMp4({ timescale: 600, duration: 600 * 15, width: 1080, height: 1920, mdatBytes: 4096 });
    const res = await upload('editor', { file: { bytes: mp4, name: 'clip.mp4' }, poster: { bytes: await jpeg(540, 960), name: 'poster.jpg' } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'video', mimeType: 'video/mp4', durationMs: 15_000, width: 1080, height: 1920 });
    expect(res.body.thumbnailUrl).toBe(path(`/${res.body.id}/thumbnail`));
    const thumb = await raw('agent', `/${res.body.id}/thumbnail`);
    const meta = await sharp(Buffer.from(await thumb.arrayBuffer())).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['webp', 180, 320]);

    const part = await raw('agent', `/${res.body.id}/file`, { range: 'bytes=100-199' });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${mp4.length}`);
    expect(part.headers.get('content-type')).toBe('video/mp4');
    expect(Buffer.from(await part.arrayBuffer()).equals(Buffer.from(mp4.subarray(100, 200)))).toBe(true);
    const tail = await raw('agent', `/${res.body.id}/file`, { range: 'bytes=-10' });
    expect(Buffer.from(await tail.arrayBuffer()).equals(Buffer.from(mp4.subarray(mp4.length - 10)))).toBe(true);
    expect((await raw('agent', `/${res.body.id}/file`, { range: `bytes=${mp4.length}-` })).status).toBe(416);
  });

  it('refuses too large files with 413 naming the part, and wrong types with 400', async () => {
    const big = await upload('editor', { file: { bytes: fakePng(20 * MB + 1), name: 'huge.png' } });
    expect(big.status).toBe(413);
    expect(big.body.error).toMatchObject({ code: 'payload_too_large', fields: [{ path: 'file' }] });
    expect(big.body.error.message).toContain('20 MB');

    const video = { bytes: buildMp4(), name: 'v.mp4' };
    const bigPoster = await upload('editor', { file: video, poster: { bytes: fakePng(2 * MB + 1), name: 'p.png' } });
    expect(bigPoster.status).toBe(413);
    expect(bigPoster.body.error.fields).toEqual([{ path: 'poster', message: expect.stringContaining('2 MB') }]);

    const svg = await upload('editor', { file: { bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), name: 'x.png', type: 'image/png' } });
    expect(svg.status).toBe(400);
    expect(svg.body.error.fields[0].path).toBe('file');
    const badPoster = await upload('editor', { file: video, poster: { bytes: Buffer.from('%PDF-1.7'), name: 'p.jpg', type: 'image/jpeg' } });
    expect(badPoster.status).toBe(400);
    expect(badPoster.body.error.fields[0].path).toBe('poster');
    const broken = await upload('editor', { file: { bytes: fakePng(1000), name: 'broken.png' } });
    expect(broken.status).toBe(400);
    const truncated = await upload('editor', { file: { bytes: buildMp4().subarray(0, 60), name: 'cut.mp4' } });
    expect(truncated.status).toBe(400);
    expect(truncated.body.error.fields[0]).toMatchObject({ path: 'file', message: expect.stringContaining('moov') });
    expect((await upload('editor', {})).body.error.fields[0].path).toBe('file');
    const json = await api('editor').post(path(''), { file: 'x' });
    expect(json.status).toBe(400);
  });

  it('permissions: readers list and view, only content.write uploads and edits', async () => {
    const bytes = await png(50, 50, 77);
    for (const role of ['analyst', 'reviewer', 'agent'] as Role[]) {
      expect((await upload(role, { file: { bytes, name: 'x.png' } })).status).toBe(403);
      expect((await api(role).get(path(''))).status).toBe(200);
    }
    const anon = await fetch(h.server.url + path(''));
    expect(anon.status).toBe(401);
    const { body } = await upload('owner', { file: { bytes, name: 'x.png' } });
    expect((await api('agent').patch(path(`/${body.id}`), { name: 'y.png' })).status).toBe(403);
    expect((await api('reviewer').delete(path(`/${body.id}`))).status).toBe(403);
  });

  it("another workspace's asset is not found", async () => {
    const { body } = await upload('editor', { file: { bytes: await png(30, 30, 99), name: 'secret.png' } });
    expect((await api('owner', h.b).get(path(`/${body.id}`, h.b))).status).toBe(404);
    expect((await raw('owner', `/${body.id}/file`, {}, h.b)).status).toBe(404);
    expect((await raw('owner', `/${body.id}/thumbnail`, {}, h.b)).status).toBe(404);
    expect((await api('owner', h.b).patch(path(`/${body.id}`, h.b), { name: 'x' })).status).toBe(404);
    expect((await api('owner', h.b).delete(path(`/${body.id}`, h.b))).status).toBe(404);
    // b's token on a's path: not a member there
    expect((await api('owner', h.b).get(path(`/${body.id}`))).status).toBe(404);
  });

  it('tags, rename, search and the tag list', async () => {
    const { body } = await upload('editor', { file: { bytes: await png(20, 20, 123), name: '春季海报.png' }, tags: 'spring' });
    const patched = await api('editor').patch(path(`/${body.id}`), { name: '春季主视觉.png', addTags: ['campaign-x', '#春季'], removeTags: ['spring'] });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ name: '春季主视觉.png', tags: ['campaign-x', '春季'] });
    expect((await api('editor').patch(path(`/${body.id}`), { colour: 'red' })).status).toBe(400);

    const byName = await api('agent').get(path('?q=主视觉'));
    expect(byName.body.items.map((i: { id: string }) => i.id)).toEqual([body.id]);
    const byTags = await api('agent').get(path(`?tags=${encodeURIComponent('campaign-x,春季')}&kind=image`));
    expect(byTags.body.items.map((i: { id: string }) => i.id)).toEqual([body.id]);
    expect((await api('agent').get(path('?kind=video&q=主视觉'))).body.items).toEqual([]);
    expect((await api('agent').get(path('?from=not-a-date'))).status).toBe(400);
    const tags = await api('agent').get(path('/tags'));
    expect(tags.body.items).toContainEqual({ tag: 'campaign-x', count: 1 });

    const page = await api('agent').get(path('?limit=1'));
    expect(page.body.items).toHaveLength(1);
    const next = await api('agent').get(path(`?limit=1&cursor=${page.body.nextCursor}`));
    expect(next.body.items[0].id).not.toBe(page.body.items[0].id);
  });

  it('where-used and delete: 409 while content uses it, force only for owner/admin, then gone', async () => {
    const { body } = await upload('editor', { file: { bytes: await png(24, 24, 200), name: 'used.png' } });
    const db = h.server.runtime.ctx.db;
    await db.query(
      `insert into content_items (id, workspace_id, title, body, media, owner_id, status, created_at, updated_at)
       values ('cnt_asset_test', $1, '双十一预热', '', $2::jsonb, $3, 'draft', now(), now())`,
      [h.a.workspaceId, JSON.stringify([{ assetId: body.id }]), h.a.userIds.editor],
    );
    const usage = await api('agent').get(path(`/${body.id}/usage`));
    expect(usage.body.items).toEqual([{ contentId: 'cnt_asset_test', title: '双十一预热', status: 'draft' }]);

    const refused = await api('editor').delete(path(`/${body.id}`));
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('asset_in_use');
    expect((await api('editor').delete(path(`/${body.id}?force=true`))).status).toBe(403);
    expect((await api('admin').delete(path(`/${body.id}?force=true`))).status).toBe(204);
    expect((await api('agent').get(path(`/${body.id}`))).status).toBe(404);
    expect((await raw('agent', `/${body.id}/file`)).status).toBe(404);

    const unused = await upload('editor', { file: { bytes: await png(24, 24, 201), name: 'free.png' } });
    expect((await api('editor').delete(path(`/${unused.body.id}`))).status).toBe(204);
  });
});

describe('asset library on an S3-compatible store (s3rver)', () => {
  let s3: S3rver;
  let dir: string;
  let endpoint = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rsn-s3-api-'));
    s3 = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dir, configureBuckets: [{ name: 'media' }] });
    endpoint = `http://127.0.0.1:${(await s3.run()).port}`;
  });
  afterAll(async () => {
    await s3?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const { h, path, raw, upload, api } = harness(() => ({
    assetStore: { kind: 's3', bucket: 'media', region: 'us-east-1', endpoint, accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true, prefix: 'rsn/' },
  }));

  it('round trip: upload → file, range and thumbnail from the bucket → delete removes the objects', async () => {
    const bytes = await png(640, 480, 42);
    const res = await upload('editor', { file: { bytes, name: 's3.png' } });
    expect(res.status).toBe(201);
    const objectUrl = `${endpoint}/media/rsn/${h.a.workspaceId}/${res.body.sha256.slice(0, 2)}/${res.body.sha256}.png`;
    expect((await fetch(objectUrl)).status).toBe(200); // s3rver serves unsigned GETs: the object is in the bucket
    const file = await raw('agent', `/${res.body.id}/file`);
    expect(Buffer.from(await file.arrayBuffer()).equals(bytes)).toBe(true);
    const part = await raw('agent', `/${res.body.id}/file`, { range: 'bytes=0-7' });
    expect(part.status).toBe(206);
    expect(Buffer.from(await part.arrayBuffer()).equals(bytes.subarray(0, 8))).toBe(true);
    const thumb = await raw('agent', `/${res.body.id}/thumbnail`);
    expect(thumb.headers.get('content-type')).toBe('image/webp');
    expect((await sharp(Buffer.from(await thumb.arrayBuffer())).metadata()).width).toBe(320);
    expect((await api('editor').delete(path(`/${res.body.id}`))).status).toBe(204);
    expect((await fetch(objectUrl)).status).toBe(404);
  });
});
