import type { AppError } from '@resonance/kernel';
import { createLogger } from '@resonance/kernel';
import type { ModuleContext } from '@resonance/http';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthPort, createWorkspace, findUserByEmail, listMembers } from '../src/index.js';
import { acceptInvite } from '../src/invite-accept.service.js';
import { createInvite, listPendingInvites, previewInvite, revokeInvite } from '../src/invite.service.js';
import { sendInviteEmailJob, SEND_INVITE_EMAIL_JOB, type SendInviteEmailData } from '../src/jobs/send-invite-email.job.js';
import { DAY, fakePorts, makeUser, migrationsDir, newClock } from './fixtures.js';

const codeOf = (link: string) => link.split('/invite/')[1]!;
const fail = (p: Promise<unknown>) => p.then(() => null, (e: AppError) => e);

describe.each(testDatabaseKinds())('invites on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind, [migrationsDir]);
  });
  afterAll(async () => db?.close());

  async function setup(mailerConfigured = false) {
    const clock = newClock();
    const owner = await makeUser(db, clock, '王老板');
    const ws = await createWorkspace(db, { name: '示例品牌', ownerUserId: owner.id }, clock);
    const ports = fakePorts(mailerConfigured);
    const deps = { db, clock, ...ports };
    const invite = (input: { email?: string; role: 'owner' | 'admin' | 'editor' | 'analyst'; actorRole?: 'owner' | 'admin' }) =>
      createInvite(deps, { workspaceId: ws.id, actorRole: input.actorRole ?? 'owner', createdBy: owner.id, email: input.email, role: input.role });
    return { clock, owner, ws, deps, ports, invite };
  }

  it('creates a hashed, 7-day link; a sign-up through it creates the user, the membership and a session', async () => {
    const { clock, ws, deps, ports, invite } = await setup(false);
    const inv = await invite({ role: 'editor' });
    expect(inv).toMatchObject({ id: expect.stringMatching(/^inv_/), role: 'editor', email: null, emailed: false });
    expect(inv.link).toMatch(/^https:\/\/resonance\.example\.com\/invite\/[A-Za-z0-9_-]{32}$/);
    expect(inv.expiresAt).toEqual(new Date(clock.now().getTime() + 7 * DAY));
    expect(ports.sentJobs).toEqual([]);
    const code = codeOf(inv.link);
    const stored = await db.query<{ code_hash: string }>('select code_hash from invites where id = $1', [inv.id]);
    expect(stored[0]!.code_hash).not.toBe(code);
    expect(await previewInvite(deps, code)).toEqual({ workspaceName: '示例品牌', role: 'editor', email: null, expiresAt: inv.expiresAt, status: 'pending' });

    const noEmail = await fail(acceptInvite(db, clock, code, { kind: 'signup', name: '小张', password: 'password-123', ip: '', userAgent: '' }));
    expect(noEmail).toMatchObject({ status: 400, details: { fields: [{ path: 'body.email' }] } });
    const weak = await fail(acceptInvite(db, clock, code, { kind: 'signup', name: '小张', password: 'short', email: 'zhang@example.com', ip: '', userAgent: '' }));
    expect(weak).toMatchObject({ status: 400, details: { fields: [{ path: 'body.password' }] } });
    expect(await findUserByEmail(db, 'zhang@example.com')).toBeNull(); // rolled back

    const res = await acceptInvite(db, clock, code, { kind: 'signup', name: '小张', password: 'password-123', email: 'Zhang@example.com', ip: '1.2.3.4', userAgent: 'ua' });
    expect(res).toMatchObject({ inviteId: inv.id, workspaceId: ws.id, role: 'editor', joined: true, user: { email: 'zhang@example.com', name: '小张' } });
    const principal = await createAuthPort(db, clock).authenticate({ sessionToken: res.session!.token });
    expect(principal).toMatchObject({ kind: 'user', userId: res.user.id });
    expect(await createAuthPort(db, clock).roleIn(principal, ws.id)).toBe('editor');
    expect((await previewInvite(deps, code)).status).toBe('accepted');
    expect(await listPendingInvites(deps, ws.id)).toEqual([]);
    expect(await fail(acceptInvite(db, clock, code, { kind: 'signup', name: 'x', password: 'password-123', email: 'x@example.com', ip: '', userAgent: '' }))).toMatchObject({
      status: 410,
      code: 'invite_unusable',
    });
  });

  it('a signed-in user joins with the invite role; accepting again is idempotent, others get 410', async () => {
    const { clock, ws, invite } = await setup();
    const joiner = await makeUser(db, clock);
    const other = await makeUser(db, clock);
    const code = codeOf((await invite({ role: 'analyst' })).link);
    const first = await acceptInvite(db, clock, code, { kind: 'user', userId: joiner.id });
    expect(first).toMatchObject({ joined: true, role: 'analyst', user: joiner });
    const again = await acceptInvite(db, clock, code, { kind: 'user', userId: joiner.id });
    expect(again).toMatchObject({ joined: false, role: 'analyst' });
    expect((await listMembers(db, ws.id)).filter((m) => m.userId === joiner.id)).toHaveLength(1);
    expect(await fail(acceptInvite(db, clock, code, { kind: 'user', userId: other.id }))).toMatchObject({ status: 410 });

    // an existing member accepting a second invite keeps their role
    const code2 = codeOf((await invite({ role: 'admin' })).link);
    expect(await acceptInvite(db, clock, code2, { kind: 'user', userId: joiner.id })).toMatchObject({ joined: false });
    expect((await listMembers(db, ws.id)).find((m) => m.userId === joiner.id)!.role).toBe('analyst');
  });

  it('an invite for an e-mail only works for that e-mail', async () => {
    const { clock, invite } = await setup();
    const stranger = await makeUser(db, clock);
    const inv = await invite({ role: 'editor', email: 'Invited@Example.com' });
    expect(inv.email).toBe('invited@example.com');
    const code = codeOf(inv.link);
    expect(await fail(acceptInvite(db, clock, code, { kind: 'user', userId: stranger.id }))).toMatchObject({ status: 403 });
    expect(
      await fail(acceptInvite(db, clock, code, { kind: 'signup', name: 'x', password: 'password-123', email: 'someone@example.com', ip: '', userAgent: '' })),
    ).toMatchObject({ status: 403 });
    const ok = await acceptInvite(db, clock, code, { kind: 'signup', name: 'Invited', password: 'password-123', ip: '', userAgent: '' });
    expect(ok.user.email).toBe('invited@example.com');
  });

  it('an existing account must sign in rather than sign up (409)', async () => {
    const { clock, invite } = await setup();
    const existing = await makeUser(db, clock);
    const code = codeOf((await invite({ role: 'editor' })).link);
    expect(await fail(acceptInvite(db, clock, code, { kind: 'signup', name: 'x', password: 'password-123', email: existing.email, ip: '', userAgent: '' }))).toMatchObject({
      status: 409,
    });
  });

  it('expired and revoked invites answer 410; unknown codes 404; revoking is workspace-scoped', async () => {
    const { clock, ws, deps, invite } = await setup();
    const user = await makeUser(db, clock);
    const expiring = await invite({ role: 'editor' });
    clock.advance(1000);
    const revoked = await invite({ role: 'editor' });
    expect((await listPendingInvites(deps, ws.id)).map((i) => i.id)).toEqual([revoked.id, expiring.id]);

    const otherWs = await createWorkspace(db, { name: 'Other', ownerUserId: user.id }, clock);
    expect(await fail(revokeInvite(deps, otherWs.id, revoked.id))).toMatchObject({ status: 404 });
    await revokeInvite(deps, ws.id, revoked.id);
    await revokeInvite(deps, ws.id, revoked.id); // again: no-op
    expect((await previewInvite(deps, codeOf(revoked.link))).status).toBe('revoked');
    expect(await fail(acceptInvite(db, clock, codeOf(revoked.link), { kind: 'user', userId: user.id }))).toMatchObject({ status: 410, details: { status: 'revoked' } });

    clock.advance(7 * DAY);
    expect((await previewInvite(deps, codeOf(expiring.link))).status).toBe('expired');
    expect(await fail(acceptInvite(db, clock, codeOf(expiring.link), { kind: 'user', userId: user.id }))).toMatchObject({ status: 410, details: { status: 'expired' } });
    expect(await listPendingInvites(deps, ws.id)).toEqual([]);

    expect(await fail(previewInvite(deps, 'no-such-code'))).toMatchObject({ status: 404 });
    expect(await fail(acceptInvite(db, clock, 'no-such-code', { kind: 'user', userId: user.id }))).toMatchObject({ status: 404 });
  });

  it('only an owner may invite an owner', async () => {
    const { invite } = await setup();
    expect(await fail(invite({ role: 'owner', actorRole: 'admin' }))).toMatchObject({ status: 403 });
    expect(await invite({ role: 'owner', actorRole: 'owner' })).toMatchObject({ role: 'owner' });
  });

  it('queues a bilingual e-mail when SMTP is configured, and the job sends it only while pending', async () => {
    const { ws, deps, ports, invite } = await setup(true);
    const inv = await invite({ role: 'editor', email: 'mail@example.com' });
    expect(inv.emailed).toBe(true);
    expect(await invite({ role: 'editor' })).toMatchObject({ emailed: false }); // no address, nothing to send
    expect(ports.sentJobs).toHaveLength(1);
    const sent = ports.sentJobs[0]!;
    expect(sent.name).toBe(SEND_INVITE_EMAIL_JOB);
    const data = sent.data as SendInviteEmailData;
    expect(data).toMatchObject({ workspaceId: ws.id, inviteId: inv.id, to: 'mail@example.com', link: inv.link, workspaceName: '示例品牌', inviterName: '王老板' });

    const job = sendInviteEmailJob();
    expect(job).toMatchObject({ retryLimit: 5, retryBackoff: true });
    const ctx = { ...deps, logger: createLogger({}, 'error'), secrets: undefined as never } as unknown as ModuleContext;
    await job.handler(data, ctx);
    expect(ports.sentMails).toHaveLength(1);
    const mail = ports.sentMails[0]!;
    expect(mail.to).toBe('mail@example.com');
    expect(mail.subject).toContain('邀请你加入「示例品牌」');
    expect(mail.subject).toContain('invited you to 示例品牌');
    expect(mail.text).toContain(inv.link);

    await revokeInvite(deps, ws.id, inv.id);
    await job.handler(data, ctx);
    expect(ports.sentMails).toHaveLength(1);
  });
});
