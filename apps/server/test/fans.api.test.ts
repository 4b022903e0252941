import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '@resonance/db/testing';
import { appendEvents } from '@resonance/events';
import { insertFans, mergeFans } from '@resonance/fans';
import { startTestServer, type TestServer } from '../src/testing/index.js';
import { workspaceFixture, type WorkspaceFixture } from './fixtures.js';

const at = (d: number) => new Date(Date.UTC(2026, 10, d, 8));

describe.each(testDatabaseKinds())('fans API (%s)', (kind) => {
  let server: TestServer;
  let a: WorkspaceFixture;
  let b: WorkspaceFixture;
  let lu: string, ext2: string, anon: string, bFan: string, bMerge: string;
  const api = (role: keyof WorkspaceFixture['tokens'], f: WorkspaceFixture = a) => server.client().withToken(f.tokens[role]);
  const ws = (rest: string, f: WorkspaceFixture = a) => `/api/workspaces/${f.workspaceId}${rest}`;

  beforeAll(async () => {
    server = await startTestServer({ kind });
    a = await workspaceFixture(server, 'A');
    b = await workspaceFixture(server, 'B');
    const { db, secrets } = server.runtime.ctx;
    [lu, ext2, anon] = (await insertFans(db, secrets, a.workspaceId, [
      {
        displayName: '小鹿爱吃糖',
        traits: { city: '上海', email: 'trait@example.cn' },
        identities: [
          { kind: 'external_id', value: 'ext-1' },
          { kind: 'phone', value: '+8613800138000' },
          { kind: 'email', value: 'li.lei@example.com' },
          { kind: 'platform_user', namespace: a.accountId, value: 'sbx_u_1' },
        ],
      },
      { displayName: 'Second identified', identities: [{ kind: 'external_id', value: 'ext-2' }] },
      { displayName: '匿名访客', identities: [{ kind: 'anonymous_id', value: 'anon-1' }] },
    ])) as [string, string, string];
    const [b1, b2] = await insertFans(db, secrets, b.workspaceId, [{ displayName: 'Fan of B' }, { displayName: 'Other fan of B' }]);
    bFan = b1!;
    bMerge = (await mergeFans(db, b.workspaceId, { survivorId: b1!, mergedId: b2!, actor: 'test' })).mergeId;
    const base = { sourceId: 'src_test', platform: 'sandbox', accountId: a.accountId };
    await appendEvents(db, a.workspaceId, [
      { ...base, name: 'like', fanId: lu, occurredAt: at(1) },
      { ...base, name: 'order', fanId: anon, occurredAt: at(2), properties: { total: 30, $set: { phone: '+8613900139000' } } },
    ]);
    await appendEvents(db, b.workspaceId, [{ ...base, accountId: b.accountId, name: 'like', fanId: bFan, occurredAt: at(3) }]);
  });
  afterAll(async () => server?.close());

  it('shows the profile in full to roles with fans.pii and masked to the others', async () => {
    const full = await api('admin').get(ws(`/fans/${lu}`));
    expect(full.status).toBe(200);
    expect(full.body).toMatchObject({ id: lu, displayName: '小鹿爱吃糖', mergedFanIds: [lu], consent: {}, traits: { city: '上海', email: 'trait@example.cn' } });
    expect(full.body.identities).toContainEqual({ kind: 'phone', namespace: '', value: '+8613800138000', masked: false });
    for (const role of ['editor', 'analyst', 'agent'] as const) {
      const res = await api(role).get(ws(`/fans/${lu}`));
      expect(res.status).toBe(200);
      expect(res.body.identities).toContainEqual({ kind: 'phone', namespace: '', value: '+86138****8000', masked: true });
      expect(res.body.identities).toContainEqual({ kind: 'email', namespace: '', value: 'l*****@example.com', masked: true });
      expect(res.body.traits).toEqual({ city: '上海', email: 't****@example.cn' });
      expect(JSON.stringify(res.body)).not.toMatch(/13800138000|li\.lei|trait@/);
    }
    expect((await api('reviewer').get(ws(`/fans/${lu}`))).status).toBe(403);
  });

  it('searches by phone number and filters, masked for roles without fans.pii', async () => {
    const byPhone = await api('analyst').get(ws('/fans?q=13800138000'));
    expect(byPhone.status).toBe(200);
    expect(byPhone.body.items.map((f: { id: string }) => f.id)).toEqual([lu]);
    expect(JSON.stringify(byPhone.body)).not.toContain('13800138000');
    expect((await api('analyst').get(ws(`/fans?accountId=${a.accountId}`))).body.items.map((f: { id: string }) => f.id)).toEqual([lu]);
    expect((await api('analyst').get(ws('/fans?trait=city%3D%E4%B8%8A%E6%B5%B7'))).body.items.map((f: { id: string }) => f.id)).toEqual([lu]);
    expect((await api('analyst').get(ws('/fans?kind=anonymous_id'))).body.items.map((f: { id: string }) => f.id)).toEqual([anon]);
    const bad = await api('analyst').get(ws('/fans?trait=city'));
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('query.trait');
  });

  it('merges a profile into another, shows the joined timeline and history, and undoes it — audited', async () => {
    const merged = await api('admin').post(ws(`/fans/${lu}/merge`), { mergedId: anon });
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({ survivorId: lu, mergedId: anon, reason: 'admin', movedIdentities: 1 });

    const viaMerged = await api('analyst').get(ws(`/fans/${anon}`));
    expect(viaMerged.body).toMatchObject({ id: lu, mergedFanIds: [lu, anon] });
    expect((await api('analyst').get(ws('/fans?q=%E5%8C%BF%E5%90%8D'))).body.items).toEqual([]); // 匿名: the merged profile is hidden

    const ids = viaMerged.body.mergedFanIds.map((id: string) => `fanId=${id}`).join('&');
    const masked = await api('analyst').get(ws(`/events?${ids}`));
    expect(masked.status).toBe(200);
    expect(masked.body.items.map((e: { name: string; fanId: string }) => [e.name, e.fanId])).toEqual([['order', anon], ['like', lu]]);
    expect(masked.body.items[0].properties).toEqual({ total: 30, $set: { phone: '+86139****9000' } });
    expect((await api('owner').get(ws(`/events?${ids}`))).body.items[0].properties.$set.phone).toBe('+8613900139000');
    const page = await api('analyst').get(ws(`/events?${ids}&limit=1`));
    expect(page.body.items).toHaveLength(1);
    const next = await api('analyst').get(ws(`/events?${ids}&limit=1&before=${page.body.nextBefore}`));
    expect(next.body.items.map((e: { name: string }) => e.name)).toEqual(['like']);
    expect(next.body.nextBefore).toBeNull();

    const history = await api('agent').get(ws(`/fans/${lu}/merges`));
    expect(history.status).toBe(200);
    expect(history.body.items).toHaveLength(1);
    expect(history.body.items[0]).toMatchObject({ id: merged.body.mergeId, survivorId: lu, mergedId: anon, actor: expect.any(String), undoneAt: null });
    expect(history.body.items[0].movedIdentities).toEqual([{ kind: 'anonymous_id', namespace: '', value: 'anon-1', masked: false }]);

    expect((await api('editor').post(ws(`/fan-merges/${merged.body.mergeId}/undo`))).status).toBe(403);
    const undo = await api('admin').post(ws(`/fan-merges/${merged.body.mergeId}/undo`));
    expect(undo.status).toBe(200);
    expect(undo.body).toMatchObject({ mergeId: merged.body.mergeId, survivorId: lu, restoredId: anon, restoredIdentities: 1 });
    expect((await api('admin').post(ws(`/fan-merges/${merged.body.mergeId}/undo`))).status).toBe(409);
    expect((await api('analyst').get(ws(`/fans/${anon}`))).body).toMatchObject({ id: anon, mergedFanIds: [anon] });
    expect((await api('analyst').get(ws(`/fans/${lu}/merges`))).body.items[0].undoneAt).not.toBeNull();

    const audit = await api('owner').get(ws('/audit'));
    const entries = audit.body.items.filter((e: { action: string }) => e.action.startsWith('fan.'));
    expect(entries.map((e: { action: string; targetId: string }) => [e.action, e.targetId]).sort()).toEqual(
      [['fan.merge', lu], ['fan.merge_undo', merged.body.mergeId]].sort(),
    );
  });

  it('refuses (409) a merge that would exceed an identity limit, and bad bodies (400)', async () => {
    const res = await api('owner').post(ws(`/fans/${lu}/merge`), { mergedId: ext2 });
    expect(res.status).toBe(409);
    expect((await api('owner').get(ws(`/fans/${ext2}`))).body.id).toBe(ext2);
    expect((await api('owner').post(ws(`/fans/${lu}/merge`), { mergedId: lu })).status).toBe(400);
    expect((await api('owner').post(ws(`/fans/${lu}/merge`), {})).status).toBe(400);
    expect((await api('analyst').post(ws(`/fans/${lu}/merge`), { mergedId: anon })).status).toBe(403);
  });

  it("answers 404 for another workspace's fans and merges, and never shows its events", async () => {
    const owner = api('owner');
    expect((await owner.get(ws(`/fans/${bFan}`))).status).toBe(404);
    expect((await owner.get(ws(`/fans/${bFan}/merges`))).status).toBe(404);
    expect((await owner.post(ws(`/fans/${lu}/merge`), { mergedId: bFan })).status).toBe(404);
    expect((await owner.post(ws(`/fans/${bFan}/merge`), { mergedId: lu })).status).toBe(404);
    expect((await owner.post(ws(`/fan-merges/${bMerge}/undo`))).status).toBe(404);
    const events = await owner.get(ws(`/events?fanId=${bFan}`));
    expect(events.status).toBe(200);
    expect(events.body.items).toEqual([]);
    expect((await owner.get(ws(`/fans/${bFan}`, b))).status).toBe(404);
    expect((await api('owner', b).get(ws(`/fans/${bFan}`, b))).body.mergedFanIds).toHaveLength(2);
  });

  it('validates the timeline query', async () => {
    expect((await api('analyst').get(ws('/events'))).status).toBe(400);
    expect((await api('analyst').get(ws(`/events?fanId=${lu}&before=abc`))).status).toBe(400);
    const many = Array.from({ length: 101 }, (_, i) => `fanId=fan_${i}`).join('&');
    const res = await api('analyst').get(ws(`/events?${many}`));
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].path).toBe('query.fanId');
    expect((await api('reviewer').get(ws(`/events?fanId=${lu}`))).status).toBe(403);
  });
});
