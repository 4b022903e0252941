import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '@resonance/db/testing';
import { startTestServer, type TestServer } from '../src/testing/index.js';
import { workspaceFixture, type WorkspaceFixture } from './fixtures.js';

interface Created {
  id: string;
  variants: { id: string; accountId: string }[];
}

describe.each(testDatabaseKinds())('calendar, queues and comments API (%s)', (kind) => {
  let server: TestServer;
  let a: WorkspaceFixture;
  let b: WorkspaceFixture;
  let item: Created;
  let published: Created;
  const api = (role: keyof WorkspaceFixture['tokens'], f: WorkspaceFixture = a) => server.client().withToken(f.tokens[role]);
  const ws = (rest: string, f: WorkspaceFixture = a) => `/api/workspaces/${f.workspaceId}${rest}`;
  const future = (days: number) => new Date(Date.now() + days * 86_400_000);
  const setStatus = (id: string, status: string) => server.runtime.ctx.db.query(`update content_items set status = $2 where id = $1`, [id, status]);
  const create = async (title: string): Promise<Created> => {
    const res = await api('editor').post(ws('/content'), { title, body: `${title} 正文`, accountIds: [a.accountId], ownerId: a.userIds.editor });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as Created;
  };

  beforeAll(async () => {
    server = await startTestServer({ kind });
    a = await workspaceFixture(server, 'A');
    b = await workspaceFixture(server, 'B');
    item = await create('春季新品');
    published = await create('已发布的帖子');
    await setStatus(published.id, 'published');
  });
  afterAll(async () => server?.close());

  it('reschedules with content.publish, shows the entry on the calendar in the workspace zone and refuses what it must', async () => {
    const v = item.variants[0]!;
    const path = ws(`/content/${item.id}/variants/${v.id}/schedule`);
    const at = future(3);
    at.setUTCSeconds(0, 0);
    expect((await api('reviewer').patch(path, { scheduledAt: at.toISOString() })).status).toBe(403);
    const ok = await api('editor').patch(path, { scheduledAt: at.toISOString() });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ contentId: item.id, variantId: v.id, accountId: a.accountId, status: 'draft', changed: true });
    const again = await api('editor').patch(path, { scheduledAt: at.toISOString() });
    expect(again.body.changed).toBe(false);

    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(at);
    const cal = await api('agent').get(ws(`/calendar?from=${day}&to=${day}&account=${a.accountId}&status=draft`));
    expect(cal.status).toBe(200);
    expect(cal.body.timeZone).toBe('Asia/Shanghai');
    expect(cal.body.entries).toMatchObject([{ contentId: item.id, variantId: v.id, title: '春季新品', accountName: 'Sandbox A', status: 'draft', localDate: day }]);
    expect(cal.body.unscheduled.map((u: { contentId: string }) => u.contentId)).not.toContain(item.id);
    const activity = await server.runtime.ctx.db.query<{ kind: string }>(`select kind from content_activity where content_id = $1 and kind = 'rescheduled'`, [item.id]);
    expect(activity).toHaveLength(1);

    const pv = published.variants[0]!;
    const refused = await api('editor').patch(ws(`/content/${published.id}/variants/${pv.id}/schedule`), { scheduledAt: future(2).toISOString() });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('not_reschedulable');
    const past = await api('editor').patch(path, { scheduledAt: new Date(Date.now() - 60_000).toISOString() });
    expect(past.status).toBe(400);
    expect(past.body.error.fields[0].path).toBe('body.scheduledAt');
  });

  it('names the field of bad input', async () => {
    const field = async (res: Promise<{ status: number; body: any }>) => {
      const r = await res;
      expect(r.status).toBe(400);
      return r.body.error.fields[0].path;
    };
    const v = item.variants[0]!;
    expect(await field(api('analyst').get(ws('/calendar?from=2026-13-01&to=2026-03-01')))).toBe('query.from');
    expect(await field(api('analyst').get(ws('/calendar?from=2026-03-07&to=2026-03-01')))).toBe('query.to');
    expect(await field(api('analyst').get(ws('/calendar?from=2026-01-01&to=2026-12-31')))).toBe('query.to');
    expect(await field(api('analyst').get(ws('/calendar?from=2026-03-01&to=2026-03-07&status=draft,bogus')))).toBe('query.status');
    expect(await field(api('analyst').get(ws('/calendar?from=2026-03-01&to=2026-03-07&stage=hype')))).toBe('query.stage');
    expect(await field(api('editor').patch(ws(`/content/${item.id}/variants/${v.id}/schedule`), { scheduledAt: 'tomorrow' }))).toBe('body.scheduledAt');
    expect(await field(api('editor').request('PUT', ws(`/queues/${a.accountId}`), { slots: [{ weekday: 0, time: '09:30' }, { weekday: 7, time: '10:00' }] }))).toBe('body.slots.1.weekday');
    expect(await field(api('editor').request('PUT', ws(`/queues/${a.accountId}`), { slots: [{ weekday: 0, time: '24:00' }] }))).toBe('body.slots.0.time');
    expect(await field(api('reviewer').post(ws(`/content/${item.id}/comments`), { body: '   ' }))).toBe('body.body');
  });

  it('keeps queues per account: publish edits, read sees suggestions with their rule, add-to-queue takes the next free slot', async () => {
    expect((await api('reviewer').request('PUT', ws(`/queues/${a.accountId}`), { slots: [] })).status).toBe(403);
    const saved = await api('editor').request('PUT', ws(`/queues/${a.accountId}`), { slots: [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, time: '21:00' })) });
    expect(saved.status).toBe(200);
    expect(saved.body.slots).toHaveLength(7);
    const detail = await api('reviewer').get(ws(`/queues/${a.accountId}`));
    expect(detail.status).toBe(200);
    expect(detail.body.suggestions.rule).toMatch(/^(analytics_heatmap|platform_default|generic_default)$/);
    expect(detail.body.suggestions.slots.length).toBeGreaterThan(0);
    expect(detail.body.upcoming[0].localTime).toBe('21:00');
    const list = await api('agent').get(ws('/queues'));
    expect(list.body.items).toMatchObject([{ accountId: a.accountId, slots: expect.any(Array) }]);

    const fresh = await create('排队的帖子');
    const v = fresh.variants[0]!;
    expect((await api('reviewer').post(ws(`/content/${fresh.id}/variants/${v.id}/queue`))).status).toBe(403);
    const queued = await api('editor').post(ws(`/content/${fresh.id}/variants/${v.id}/queue`));
    expect(queued.status).toBe(200);
    expect(queued.body.changed).toBe(true);
    const local = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(queued.body.scheduledAt));
    expect(local).toBe('21:00');
    const retry = await api('editor').post(ws(`/content/${fresh.id}/variants/${v.id}/queue`));
    expect(retry.body).toMatchObject({ scheduledAt: queued.body.scheduledAt, changed: false });
    expect((await api('editor').get(ws('/queues/acc_doesnotexist'))).status).toBe(404);
  });

  it('answers 404 across workspaces', async () => {
    const v = item.variants[0]!;
    expect((await api('editor', b).patch(ws(`/content/${item.id}/variants/${v.id}/schedule`, b), { scheduledAt: future(5).toISOString() })).status).toBe(404);
    expect((await api('editor', b).post(ws(`/content/${item.id}/variants/${v.id}/queue`, b))).status).toBe(404);
    expect((await api('editor', b).get(ws(`/queues/${a.accountId}`, b))).status).toBe(404);
    expect((await api('reviewer', b).get(ws(`/content/${item.id}/comments`, b))).status).toBe(404);
    expect((await api('reviewer', b).post(ws(`/content/${item.id}/comments`, b), { body: 'hi' })).status).toBe(404);
    expect((await api('editor', b).get(ws('/calendar?from=2026-03-01&to=2026-03-07', a))).status).toBe(404);
    const cal = await api('editor', b).get(ws(`/calendar?from=2020-01-01&to=2020-01-01`, b));
    expect(cal.body.unscheduled.map((u: { contentId: string }) => u.contentId)).not.toContain(item.id);
  });

  it('threads comments: anyone with content.read comments, @mentions are stored, authors edit, owners moderate', async () => {
    const mentionable = await api('agent').get(ws('/comments/mentionable'));
    expect(mentionable.status).toBe(200);
    expect(mentionable.body.items.map((m: { name: string }) => m.name)).toContain('editor A');
    const path = ws(`/content/${item.id}/comments`);
    const post = await server.client().withToken(a.tokens.reviewer).request('POST', path, { body: '@editor A 标题里的“最佳”要改掉' }, { 'idempotency-key': 'k-1' });
    expect(post.status).toBe(201);
    expect(post.body).toMatchObject({ contentId: item.id, mentions: [{ userId: a.userIds.editor, name: 'editor A' }], mine: true, canDelete: true, edited: false });
    const dup = await server.client().withToken(a.tokens.reviewer).request('POST', path, { body: '@editor A 标题里的“最佳”要改掉' }, { 'idempotency-key': 'k-1' });
    expect(dup.body.id).toBe(post.body.id);
    const id = post.body.id as string;

    const seen = await api('editor').get(path);
    expect(seen.body.items).toHaveLength(1);
    expect(seen.body.items[0]).toMatchObject({ id, mine: false, canDelete: false });
    expect((await api('editor').patch(`${path}/${id}`, { body: 'hijack' })).status).toBe(403);
    expect((await api('editor').delete(`${path}/${id}`)).status).toBe(403);
    const edited = await api('reviewer').patch(`${path}/${id}`, { body: '@editor A @analyst A 请一起看' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ edited: true, mentions: [{ userId: a.userIds.editor }, { userId: a.userIds.analyst }] });
    // Notified once each: the editor by the post (not again by the retry or the edit), the analyst by the edit.
    const notes = await server.runtime.ctx.db.query<{ user_id: string; link: string }>(
      `select user_id, link from notifications where workspace_id = $1 and kind = 'mentioned' order by user_id`,
      [a.workspaceId],
    );
    expect(notes.map((n) => n.user_id).sort()).toEqual([a.userIds.analyst, a.userIds.editor].sort());
    expect(notes[0]!.link).toBe(`/w/${a.workspaceId}/studio/${item.id}`);
    expect((await api('admin').delete(`${path}/${id}`)).status).toBe(204);
    expect((await api('editor').get(path)).body.items).toEqual([]);
    expect((await api('editor').delete(`${path}/${id}`)).status).toBe(404);
    const kinds = await server.runtime.ctx.db.query<{ kind: string }>(
      `select kind from content_activity where content_id = $1 and kind like 'comment%' order by created_at, kind`,
      [item.id],
    );
    expect(kinds.map((k) => k.kind).sort()).toEqual(['comment', 'comment_deleted', 'comment_edited']);
  });
});
