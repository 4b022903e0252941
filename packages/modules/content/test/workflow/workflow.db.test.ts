import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import { listActivity } from '../../src/activity/activity.repository.js';
import { saveReviewPolicy } from '../../src/review-policies/policies.service.js';
import { reviewInbox } from '../../src/workflow/inbox.service.js';
import { markFailed, markPublished, markPublishing } from '../../src/workflow/lifecycle.service.js';
import { checkReviewSla } from '../../src/workflow/review-sla.job.js';
import type { Actor } from '../../src/workflow/workflow-env.js';
import { applyTransition, getWorkflowView, listReviews } from '../../src/workflow/workflow.service.js';
import { CONTENT_MIGRATIONS, draftItem, harness, statusOf, type Harness } from './workflow-fixtures.js';

const WS = 'ws_wf';
const owner: Actor = { id: 'usr_owner', role: 'owner' };
const editor: Actor = { id: 'usr_editor', role: 'editor' };
const rev1: Actor = { id: 'usr_rev1', role: 'reviewer' };
const rev2: Actor = { id: 'usr_rev2', role: 'reviewer' };
const admin: Actor = { id: 'usr_admin', role: 'admin' };

describe.each(testDatabaseKinds())('review workflow on %s', (kind) => {
  let db: TestDatabase;
  let h: Harness;
  const act = (actor: Actor, id: string, action: Parameters<typeof applyTransition>[4]['action'], extra: { reason?: string; scheduledAt?: Date } = {}) => {
    h.clock.advance(1000);
    return applyTransition(h.env, WS, id, actor, { action, ...extra });
  };

  beforeAll(async () => {
    db = await createTestDatabase(kind, [CONTENT_MIGRATIONS]);
  });
  afterAll(async () => db?.close());
  beforeEach(() => {
    h = harness(db);
  });

  it('level 1 blocks a banned superlative: back to draft with the finding as the reason, recorded and notified', async () => {
    const id = await draftItem(db, WS, { body: '我们的面霜全网第一！', accounts: ['acct_a', 'acct_b'], custom: { acct_b: '抖音版：好用' } });
    const view = await act(editor, id, 'submit');
    expect(view.status).toBe('draft');
    expect(view.rejection).toMatchObject({ automatic: true, level: 1, by: null });
    expect(view.rejection!.reasons[0]).toContain('全网第一');
    expect(view.compliance).toMatchObject({ decision: 'block', riskScore: 90 });
    expect(view.compliance!.findings).toEqual([expect.objectContaining({ excerpt: '全网第一', start: 5, end: 9, variantId: null })]);
    // master + the one customised variant were checked
    expect(h.checks).toHaveLength(2);
    const log = (await listActivity(db, WS, id, { limit: 10 })).reverse().filter((a) => a.kind === 'transition').map((a) => [a.detail.from, a.detail.to, a.actorId]);
    expect(log).toEqual([['draft', 'in_review', 'usr_editor'], ['in_review', 'rejected', null], ['rejected', 'draft', null]]);
    expect(h.notes).toEqual([expect.objectContaining({ kind: 'content_rejected', userIds: ['usr_owner'], link: `/w/${WS}/studio/${id}` })]);
  });

  it('a low-risk auto_pass under the default policy is approved at once', async () => {
    const id = await draftItem(db, WS, { body: '春天来了，试试新品。' });
    const view = await act(editor, id, 'submit');
    expect(view.status).toBe('approved');
    expect(view.rejection).toBeNull();
    expect(h.notes.map((n) => n.kind)).toEqual(['content_approved']);
  });

  it('human levels by brand policy: high risk needs two approvals, one per reviewer, then the next level’s role', async () => {
    await saveReviewPolicy(db, WS, 'brand_x', {
      levels: [{ role: 'reviewer', approvals: 1, slaHours: 24 }, { role: 'admin', approvals: 1, slaHours: 8 }],
      autoPassBelow: 10, highRiskAt: 60, highRiskApprovals: 2,
    }, 'usr_owner', new Date());
    const id = await draftItem(db, WS, { body: '这是我们做过最好的面霜', brandId: 'brand_x' });
    let view = await act(editor, id, 'submit');
    expect(view).toMatchObject({ status: 'in_review', waiting: { level: 2, role: 'reviewer', requiredApprovals: 2, approvals: 0, slaHours: 24, overdue: false } });
    expect(h.notes.at(-1)).toMatchObject({ kind: 'review_requested', roles: ['reviewer'] });
    expect((await reviewInbox(h.env, WS, rev1)).items.map((i) => i.contentId)).toContain(id);
    expect((await reviewInbox(h.env, WS, admin)).items.map((i) => i.contentId)).not.toContain(id);

    view = await act(rev1, id, 'approve');
    expect(view.waiting).toMatchObject({ level: 2, approvals: 1 });
    expect(view.allowedActions).not.toContain('approve');
    await expect(act(rev1, id, 'approve')).rejects.toMatchObject({ code: 'already_reviewed', status: 409 });
    await expect(act(admin, id, 'approve')).rejects.toMatchObject({ status: 403 });
    expect((await reviewInbox(h.env, WS, rev1)).items.map((i) => i.contentId)).not.toContain(id);

    view = await act(rev2, id, 'approve');
    expect(view.waiting).toMatchObject({ level: 3, role: 'admin', requiredApprovals: 2 });
    expect(h.notes.at(-1)).toMatchObject({ kind: 'review_requested', roles: ['admin'] });
    await expect(act(rev1, id, 'approve')).rejects.toMatchObject({ status: 403 });
    await act(admin, id, 'approve');
    view = await act(owner, id, 'approve').catch(() => getWorkflowView(h.env, WS, id, owner));
    expect(await statusOf(db, WS, id)).toBe('in_review'); // owner is not the admin role of level 3
    view = await act({ id: 'usr_admin2', role: 'admin' }, id, 'approve');
    expect(view.status).toBe('approved');
    expect(h.notes.at(-1)).toMatchObject({ kind: 'content_approved', userIds: ['usr_owner'] });
    expect((await listReviews(h.env, WS, id)).map((r) => [r.level, r.reviewerId, r.decision])).toEqual([
      [2, 'usr_rev1', 'approved'], [2, 'usr_rev2', 'approved'], [3, 'usr_admin', 'approved'], [3, 'usr_admin2', 'approved'],
    ]);
  });

  it('reject needs a reason, goes to rejected, and reopen returns the item to draft; a resubmit starts a new round', async () => {
    const id = await draftItem(db, WS, { body: '最好的选择' });
    await act(editor, id, 'submit');
    await expect(act(rev1, id, 'reject', { reason: '  ' })).rejects.toMatchObject({ status: 400, details: { fields: [{ path: 'body.reason' }] } });
    const view = await act(rev1, id, 'reject', { reason: '请删除「最好」' });
    expect(view).toMatchObject({ status: 'rejected', rejection: { reasons: ['请删除「最好」'], by: 'usr_rev1', level: 2, automatic: false } });
    expect(h.notes.at(-1)).toMatchObject({ kind: 'content_rejected', userIds: ['usr_owner'] });
    await expect(act(editor, id, 'submit')).rejects.toMatchObject({ code: 'illegal_transition', details: { from: 'rejected', to: 'in_review' } });
    expect((await act(editor, id, 'reopen')).status).toBe('draft');
    const again = await act(editor, id, 'submit');
    expect(again).toMatchObject({ status: 'in_review', waiting: { round: 2, approvals: 0 }, reviews: [] });
  });

  it('schedule needs a time on every variant (or one for all), then unschedule, withdraw and reopen', async () => {
    const id = await draftItem(db, WS, { body: '新品上市', accounts: ['acct_a', 'acct_b'] });
    await expect(act(editor, id, 'schedule')).rejects.toMatchObject({ code: 'illegal_transition', details: { from: 'draft', to: 'scheduled' } });
    await act(editor, id, 'submit');
    await expect(act(editor, id, 'schedule')).rejects.toMatchObject({ code: 'schedule_incomplete', status: 409 });
    await expect(act(editor, id, 'schedule', { scheduledAt: new Date('2026-11-23T00:00:00Z') })).rejects.toMatchObject({ status: 400 });
    await expect(act(rev1, id, 'schedule', { scheduledAt: new Date('2026-11-25T02:00:00Z') })).rejects.toMatchObject({ status: 403 });
    const view = await act(editor, id, 'schedule', { scheduledAt: new Date('2026-11-25T02:00:00Z') });
    expect(view.status).toBe('scheduled');
    const times = await db.query<{ scheduled_at: Date }>('select scheduled_at from content_variants where content_id = $1', [id]);
    expect(times.map((t) => t.scheduled_at.toISOString())).toEqual(['2026-11-25T02:00:00.000Z', '2026-11-25T02:00:00.000Z']);
    expect((await act(editor, id, 'unschedule')).status).toBe('approved');
    expect((await act(editor, id, 'schedule')).status).toBe('scheduled'); // times kept
    expect((await act(editor, id, 'withdraw')).status).toBe('withdrawn');
    expect((await act(editor, id, 'reopen')).status).toBe('draft');
  });

  it('the publishing engine moves scheduled → publishing → published | failed; retry and takedown follow', async () => {
    const id = await draftItem(db, WS, { body: '发布测试' });
    await act(editor, id, 'submit');
    await act(editor, id, 'schedule', { scheduledAt: new Date('2026-11-25T02:00:00Z') });
    await markPublishing(h.env, WS, id);
    await markFailed(h.env, WS, id, 'platform timeout');
    expect(await statusOf(db, WS, id)).toBe('failed');
    expect((await act(editor, id, 'retry')).status).toBe('scheduled');
    await markPublishing(h.env, WS, id);
    await expect(markPublishing(h.env, WS, id)).rejects.toMatchObject({ code: 'illegal_transition', details: { from: 'publishing', to: 'publishing' } });
    await markPublished(h.env, WS, id);

    h.takedownOutcomes = [
      { publicationId: 'pub_1', accountId: 'acct_a', outcome: 'removed', reason: null },
      { publicationId: 'pub_2', accountId: 'acct_b', outcome: 'needs_attention', reason: 'connector cannot delete posts' },
    ];
    expect((await act(editor, id, 'takedown')).status).toBe('needs_attention');
    expect(h.notes.at(-1)).toMatchObject({ kind: 'takedown_needs_attention', roles: ['owner', 'admin'], email: true });
    expect(h.notes.at(-1)!.body).toContain('pub_2');
    h.takedownOutcomes = [{ publicationId: 'pub_2', accountId: 'acct_b', outcome: 'removed', reason: null }];
    expect((await act(editor, id, 'takedown')).status).toBe('removed');
    await expect(act(editor, id, 'takedown')).rejects.toMatchObject({ code: 'illegal_transition', details: { from: 'removed' } });
  });

  it('the SLA job alerts reviewers and the owner once per level, and the inbox shows the item overdue', async () => {
    const id = await draftItem(db, WS, { body: '最好的服务' });
    await act(editor, id, 'submit');
    h.clock.advance(23 * 3_600_000);
    expect(await checkReviewSla(h.env)).toBe(0);
    h.clock.advance(2 * 3_600_000);
    const before = h.notes.length;
    expect(await checkReviewSla(h.env)).toBeGreaterThanOrEqual(1);
    const alerts = h.notes.slice(before).filter((n) => n.kind === 'review_sla_breached' && n.userIds?.includes('usr_owner'));
    expect(alerts.length).toBeGreaterThanOrEqual(1);
    expect(alerts[0]).toMatchObject({ roles: ['reviewer'], workspaceId: WS });
    expect(await checkReviewSla(h.env)).toBe(0);
    const entry = (await reviewInbox(h.env, WS, rev1)).items.find((i) => i.contentId === id)!;
    expect(entry).toMatchObject({ riskScore: 65, decision: 'human_review', waiting: { overdue: true }, waitingHours: 25 });
    expect(entry.findings[0]).toMatchObject({ excerpt: '最好' });
  });

  it('another workspace does not see the item (404)', async () => {
    const id = await draftItem(db, WS, { body: 'x' });
    await expect(applyTransition(h.env, 'ws_other', id, editor, { action: 'submit' })).rejects.toMatchObject({ status: 404 });
    await expect(getWorkflowView(h.env, 'ws_other', id, editor)).rejects.toMatchObject({ status: 404 });
    await expect(listReviews(h.env, 'ws_other', id)).rejects.toMatchObject({ status: 404 });
    expect(await statusOf(db, WS, id)).toBe('draft');
  });
});
