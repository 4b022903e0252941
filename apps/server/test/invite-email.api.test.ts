import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startTestServer, type TestServer } from '../src/testing/index.js';
import { workspaceFixture, type WorkspaceFixture } from './fixtures.js';

interface Received {
  to: string[];
  raw: string;
}

/** A real SMTP server on loopback: invites travel over SMTP, then the link from the mail is used. */
describe('invite by email over SMTP', () => {
  let smtp: SMTPServer;
  let server: TestServer;
  let a: WorkspaceFixture;
  const inbox: Received[] = [];

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
    a = await workspaceFixture(server, 'M');
  });
  afterAll(async () => {
    await server?.close();
    await new Promise<void>((r) => smtp?.close(() => r()));
  });

  it('emails the invite link, and the link signs the invitee up into the workspace', async () => {
    const admin = server.client().withToken(a.tokens.admin);
    const res = await admin.post(`/api/workspaces/${a.workspaceId}/invites`, { email: 'new.person@example.com', role: 'analyst' });
    expect(res.status).toBe(201);
    expect(res.body.emailed).toBe(true);
    const deadline = Date.now() + 30_000;
    while (!inbox.some((m) => m.to.includes('new.person@example.com')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    const mail = inbox.find((m) => m.to.includes('new.person@example.com'));
    expect(mail).toBeDefined();
    const unfolded = mail!.raw.replace(/=\r?\n/g, '');
    const link = unfolded.match(/http:\/\/127\.0\.0\.1:\d+\/invite\/[A-Za-z0-9_=3D-]+/)![0].replace(/=3D/g, '=');
    expect(link).toBe(res.body.link);
    const code = link.split('/invite/')[1]!;
    const invitee = server.client();
    const accepted = await invitee.post(`/api/invites/${code}/accept`, { name: 'New Person', email: 'new.person@example.com', password: 'a-long-password' });
    expect(accepted.status).toBe(200);
    const me = await invitee.get('/api/me');
    expect(me.body.workspaces).toContainEqual(expect.objectContaining({ id: a.workspaceId, role: 'analyst' }));
  });
});
