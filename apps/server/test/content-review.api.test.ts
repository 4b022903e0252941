import { getAccount, loadAccountConnection } from '@resonance/accounts';
import { markPublished, markPublishing, type WorkflowEnv } from '@resonance/content';
import { insertPublications } from '@resonance/publishing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../src/testing/index.js';
import { workspaceFixture, type WorkspaceFixture } from './fixtures.js';

/** The review workflow over HTTP: permission per action, 409s, tenant isolation, policies, notifications, takedown. */
describe('content review workflow API', () => {
  let server: TestServer;
  let a: WorkspaceFixture;
  let b: WorkspaceFixture;
  const as = (f: WorkspaceFixture, role: keyof WorkspaceFixture['tokens']) => server.client().withToken(f.tokens[role]);
  const base = () => `/api/workspaces/${a.workspaceId}`;
  const transition = (role: keyof WorkspaceFixture['tokens'], id: string, body: Record<string, unknown>) => as(a, role).post(`${base()}/content/${id}/transitions`, body);
  const newItem = async (body: string) => {
    const res = await as(a, 'editor').post(`${base()}/content`, { title: '春季新品', body, ownerId: a.userIds.owner, accountIds: [a.accountId] });
    expect(res.status).toBe(201);
    return res.body as { id: string; version: number };
  };

  beforeAll(async () => {
    server = await startTestServer();
    a = await workspaceFixture(server, 'R');
    b = await workspaceFixture(server, 'S');
  });
  afterAll(async () => server?.close());

  it('review policies: anyone with content.read reads, only compliance.manage edits, bad input names the field', async () => {
    const read = await as(a, 'analyst').get(`${base()}/review-policies`);
    expect(read.status).toBe(200);
    expect(read.body.default).toMatchObject({ id: null, levels: [{ role: 'reviewer', approvals: 1, slaHours: 24 }] });
    const policy = { levels: [{ role: 'reviewer', approvals: 1, slaHours: 12 }], autoPassBelow: null, highRiskAt: 80, highRiskApprovals: 2 };
    expect((await as(a, 'editor').request('PUT', `${base()}/review-policies/default`, policy)).status).toBe(403);
    const bad = await as(a, 'admin').request('PUT', `${base()}/review-policies/default`, { ...policy, levels: [] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toContain('levels');
    const saved = await as(a, 'admin').request('PUT', `${base()}/review-policies/default`, policy);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ brandId: null, autoPassBelow: null, levels: [{ role: 'reviewer', slaHours: 12 }] });
    expect((await as(a, 'admin').request('PUT', `${base()}/review-policies/brands/${a.brandId}`, policy)).status).toBe(200);
    expect((await as(a, 'admin').delete(`${base()}/review-policies/brands/${a.brandId}`)).status).toBe(204);
    expect((await as(a, 'admin').delete(`${base()}/review-policies/brands/${a.brandId}`)).status).toBe(404);
  });

  it('submit → blocked back to draft → fix → submit → approve → schedule, each action checked against its permission', async () => {
    const item = await newItem('我们的面霜全网第一，效果最佳！');
    expect((await transition('analyst', item.id, { action: 'submit' })).status).toBe(403);
    const blocked = await transition('editor', item.id, { action: 'submit' });
    expect(blocked.status).toBe(200);
    expect(blocked.body).toMatchObject({ status: 'draft', compliance: { decision: 'block' }, rejection: { automatic: true, level: 1 } });
    expect(blocked.body.compliance.findings.map((f: { excerpt: string }) => f.excerpt).join(' ')).toContain('第一');

    const current = await as(a, 'editor').get(`${base()}/content/${item.id}`);
    const fixed = await as(a, 'editor').patch(`${base()}/content/${item.id}`, { version: current.body.version, body: '我们的面霜温和保湿，欢迎试用。' });
    expect(fixed.status).toBe(200);
    const submitted = await transition('editor', item.id, { action: 'submit' });
    expect(submitted.body).toMatchObject({ status: 'in_review', rejection: null, waiting: { level: 2, role: 'reviewer', slaHours: 12 } });
    const inReview = await as(a, 'editor').get(`${base()}/content/${item.id}`);
    const locked = await as(a, 'editor').patch(`${base()}/content/${item.id}`, { version: inReview.body.version, body: 'x' });
    expect(locked.status).toBe(409);
    expect(locked.body.error.code).toBe('not_editable');

    const inbox = await as(a, 'reviewer').get(`${base()}/review/inbox`);
    expect(inbox.status).toBe(200);
    expect(inbox.body.items.map((i: { contentId: string }) => i.contentId)).toContain(item.id);
    expect((await as(a, 'editor').get(`${base()}/review/inbox`)).status).toBe(403);

    expect((await transition('editor', item.id, { action: 'approve' })).status).toBe(403);
    const rejectNoReason = await transition('reviewer', item.id, { action: 'reject' });
    expect(rejectNoReason.status).toBe(400);
    expect(rejectNoReason.body.error.fields[0].path).toBe('body.reason');
    const approved = await transition('reviewer', item.id, { action: 'approve' });
    expect(approved.body).toMatchObject({ status: 'approved', reviews: [{ level: 2, decision: 'approved', reason: null }] });
    const again = await transition('reviewer', item.id, { action: 'approve' });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'illegal_transition' });
    expect(again.body.error.message).toContain('approved');

    expect((await transition('reviewer', item.id, { action: 'schedule', scheduledAt: '2099-01-01T02:00:00Z' })).status).toBe(403);
    const badTime = await transition('editor', item.id, { action: 'schedule', scheduledAt: 'tomorrow' });
    expect(badTime.status).toBe(400);
    expect(badTime.body.error.fields[0].path).toBe('body.scheduledAt');
    const scheduled = await transition('editor', item.id, { action: 'schedule', scheduledAt: '2099-01-01T02:00:00Z' });
    expect(scheduled.status).toBe(200);
    expect(scheduled.body.status).toBe('scheduled');
    const reviews = await as(a, 'analyst').get(`${base()}/content/${item.id}/reviews`);
    expect(reviews.body.items).toHaveLength(1);
    const workflow = await as(a, 'editor').get(`${base()}/content/${item.id}/workflow`);
    expect(workflow.body.allowedActions).toEqual(['unschedule', 'withdraw']);
    expect((await as(a, 'reviewer').get(`${base()}/content/${item.id}/workflow`)).body.allowedActions).toEqual([]);
  });

  it('another workspace sees nothing: 404 for its members and for the item under their workspace', async () => {
    const item = await newItem('跨租户测试');
    expect((await as(b, 'owner').post(`${base()}/content/${item.id}/transitions`, { action: 'submit' })).status).toBe(404);
    expect((await as(b, 'owner').post(`/api/workspaces/${b.workspaceId}/content/${item.id}/transitions`, { action: 'submit' })).status).toBe(404);
    expect((await as(b, 'owner').get(`/api/workspaces/${b.workspaceId}/content/${item.id}/workflow`)).status).toBe(404);
    expect((await as(b, 'owner').get(`/api/workspaces/${b.workspaceId}/content/${item.id}/reviews`)).status).toBe(404);
    expect((await as(a, 'editor').get(`${base()}/content/${item.id}/workflow`)).body.status).toBe('draft');
  });

  it('notifies the owner in the bell: list, unread count, mark one and all read', async () => {
    const owner = server.client();
    await owner.login(a.ownerEmail, a.password);
    const list = await owner.get(`${base()}/notifications`);
    expect(list.status).toBe(200);
    const kinds = list.body.items.map((n: { kind: string }) => n.kind);
    expect(kinds).toEqual(expect.arrayContaining(['content_rejected', 'content_approved']));
    expect(list.body.unread).toBeGreaterThanOrEqual(2);
    expect(list.body.items[0].link).toMatch(new RegExp(`^/w/${a.workspaceId}/studio/cnt_`));
    const one = await owner.post(`${base()}/notifications/${list.body.items[0].id}/read`);
    expect(one.status).toBe(200);
    expect(one.body.readAt).not.toBeNull();
    expect((await owner.get(`${base()}/notifications/unread-count`)).body.unread).toBe(list.body.unread - 1);
    // another member cannot mark the owner's notification
    expect((await as(a, 'reviewer').post(`${base()}/notifications/${list.body.items[1].id}/read`)).status).toBe(404);
    expect((await owner.post(`${base()}/notifications/read-all`)).body.updated).toBe(list.body.unread - 1);
    expect((await owner.get(`${base()}/notifications/unread-count`)).body.unread).toBe(0);
    expect((await as(b, 'owner').get(`${base()}/notifications`)).status).toBe(404);
  });

  it('takedown deletes the post through the sandbox connector; a post it cannot delete needs attention and alerts', async () => {
    const { db, secrets } = server.runtime.ctx;
    const env: WorkflowEnv = { db, ctx: server.runtime.ctx, ports: { checkCompliance: async () => ({ findings: [], riskScore: 0, decision: 'auto_pass' }), notify: async () => undefined, takedown: async () => [] } };
    const publishItem = async (body: string, remote: boolean) => {
      const item = await newItem(body);
      await transition('editor', item.id, { action: 'submit' });
      await transition('reviewer', item.id, { action: 'approve' });
      await transition('editor', item.id, { action: 'schedule', scheduledAt: '2099-01-01T02:00:00Z' });
      await markPublishing(env, a.workspaceId, item.id);
      let remoteId: string | null = null;
      if (remote) {
        const account = await getAccount(db, a.workspaceId, a.accountId);
        const { credentials } = await loadAccountConnection(db, secrets, a.workspaceId, a.accountId);
        const sandbox = server.runtime.connectors.get('sandbox')!;
        remoteId = (await sandbox.publish({ account: { remoteAccountId: account.remoteAccountId!, tokens: credentials } }, { text: body, idempotencyKey: item.id })).remoteId;
      }
      await insertPublications(db, a.workspaceId, [{ accountId: a.accountId, text: body, status: 'published', publishedAt: new Date(), idempotencyKey: item.id, remoteId, contentId: item.id }]);
      await markPublished(env, a.workspaceId, item.id);
      return item.id;
    };

    const live = await publishItem('下架测试：可删除', true);
    expect((await transition('reviewer', live, { action: 'takedown' })).status).toBe(403);
    const removed = await transition('editor', live, { action: 'takedown' });
    expect(removed.status).toBe(200);
    expect(removed.body.status).toBe('removed');
    const pubs = await db.query<{ status: string }>('select status from publications where workspace_id = $1 and content_id = $2', [a.workspaceId, live]);
    expect(pubs.map((p) => p.status)).toEqual(['deleted']);

    const stuck = await publishItem('下架测试：无法删除', false);
    expect((await transition('editor', stuck, { action: 'takedown' })).body.status).toBe('needs_attention');
    const stuckPubs = await db.query<{ status: string }>('select status from publications where workspace_id = $1 and content_id = $2', [a.workspaceId, stuck]);
    expect(stuckPubs.map((p) => p.status)).toEqual(['needs_attention']);
    const alerts = await db.query<{ user_id: string }>(`select user_id from notifications where workspace_id = $1 and kind = 'takedown_needs_attention'`, [a.workspaceId]);
    expect(alerts.map((r) => r.user_id)).toEqual(expect.arrayContaining([a.userIds.owner, a.userIds.admin]));
    expect((await transition('editor', stuck, { action: 'retry' })).status).toBe(409);
  });
});
