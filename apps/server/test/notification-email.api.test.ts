import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startTestServer, type TestServer } from '../src/testing/index.js';
import { workspaceFixture, type WorkspaceFixture } from './fixtures.js';

/** Workflow notifications also travel as e-mail (a job over real SMTP), to the members of the level's role. */
describe('notification e-mail over SMTP', () => {
  let smtp: SMTPServer;
  let server: TestServer;
  let a: WorkspaceFixture;
  const inbox: { to: string[]; raw: string }[] = [];

  beforeAll(async () => {
    const port = await freePort();
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, done) {
        let raw = '';
        stream.on('data', (d: Buffer) => (raw += d.toString('utf8')));
        stream.on('end', () => {
          inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
          done();
        });
      },
    });
    await new Promise<void>((r) => smtp.listen(port, '127.0.0.1', r));
    server = await startTestServer({ smtpUrl: `smtp://127.0.0.1:${port}` });
    a = await workspaceFixture(server, 'N');
  });
  afterAll(async () => {
    await server?.close();
    await new Promise<void>((r) => smtp?.close(() => r()));
  });

  it('mails the reviewers when an item waits for their level, with the link to the review inbox', async () => {
    const base = `/api/workspaces/${a.workspaceId}`;
    const admin = server.client().withToken(a.tokens.admin);
    const editor = server.client().withToken(a.tokens.editor);
    const policy = { levels: [{ role: 'reviewer', approvals: 1, slaHours: 24 }], autoPassBelow: null, highRiskAt: 80, highRiskApprovals: 2 };
    expect((await admin.request('PUT', `${base}/review-policies/default`, policy)).status).toBe(200);
    const item = await editor.post(`${base}/content`, { title: '邮件通知', body: '温和保湿的面霜', ownerId: a.userIds.owner, accountIds: [a.accountId] });
    expect((await editor.post(`${base}/content/${item.body.id}/transitions`, { action: 'submit' })).body.status).toBe('in_review');

    const deadline = Date.now() + 30_000;
    const toReviewer = () => inbox.find((m) => m.to.some((t) => t.startsWith('reviewer-')));
    while (!toReviewer() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    const mail = toReviewer();
    expect(mail).toBeDefined();
    const unfolded = mail!.raw.replace(/=\r?\n/g, '');
    expect(unfolded).toContain(`${server.url}/w/${a.workspaceId}/review`);
    // only the level's role is addressed
    expect(inbox.flatMap((m) => m.to).every((t) => t.startsWith('reviewer-'))).toBe(true);
  });
});
