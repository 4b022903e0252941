import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import { manualClock, type JobQueue, type Mailer } from '@resonance/kernel';
import {
  NOTIFICATIONS_MIGRATIONS_DIR,
  SEND_NOTIFICATION_EMAIL_JOB,
  createNotifier,
  listMyNotifications,
  readAllNotifications,
  readNotification,
  unreadCount,
  type NotifiableMember,
} from '../src/index.js';

const members: NotifiableMember[] = [
  { userId: 'usr_owner', role: 'owner', name: 'Owner', email: 'owner@example.com' },
  { userId: 'usr_rev1', role: 'reviewer', name: 'Rev 1', email: 'rev1@example.com' },
  { userId: 'usr_rev2', role: 'reviewer', name: 'Rev 2', email: 'rev2@example.com' },
  { userId: 'usr_ed', role: 'editor', name: 'Editor', email: 'ed@example.com' },
];

describe.each(testDatabaseKinds())('notifications on %s', (kind) => {
  let db: TestDatabase;
  const clock = manualClock(new Date('2026-11-24T02:00:00Z'));
  const sent: { name: string; data: any; key?: string }[] = [];
  const jobs: JobQueue = { send: async (name, data, o) => (sent.push({ name, data, key: o?.singletonKey }), 'job') };
  const mailer = (configured: boolean): Mailer => ({ configured, send: async () => undefined });
  const ctx = (configured: boolean) => ({ clock, jobs, mailer: mailer(configured), config: { publicUrl: 'http://app.test/', dataDir: '' } });
  const notify = createNotifier({ listMembers: async (_db, ws) => (ws === 'ws_a' ? members : []) });

  beforeAll(async () => {
    db = await createTestDatabase(kind, [NOTIFICATIONS_MIGRATIONS_DIR]);
  });
  afterAll(async () => db?.close());

  it('addresses members by role and by id, each once, and queues one e-mail per recipient', async () => {
    await notify(db, ctx(true), 'ws_a', { roles: ['reviewer'], userIds: ['usr_rev1', 'usr_owner', 'usr_stranger'], kind: 'review_requested', title: '待审核：春季新品', body: '第 2 级', link: '/w/ws_a/review', email: true });
    for (const u of ['usr_owner', 'usr_rev1', 'usr_rev2']) expect((await unreadCount(db, 'ws_a', u)).unread).toBe(1);
    expect((await unreadCount(db, 'ws_a', 'usr_ed')).unread).toBe(0);
    expect((await unreadCount(db, 'ws_a', 'usr_stranger')).unread).toBe(0);
    const mails = sent.filter((s) => s.name === SEND_NOTIFICATION_EMAIL_JOB);
    expect(mails.map((m) => m.data.to).sort()).toEqual(['owner@example.com', 'rev1@example.com', 'rev2@example.com']);
    expect(mails[0]!.data.text).toContain('http://app.test/w/ws_a/review');
    expect(mails[0]!.key).toBe(mails[0]!.data.notificationId);
  });

  it('sends no e-mail when SMTP is not configured or not asked for', async () => {
    const before = sent.length;
    await notify(db, ctx(false), 'ws_a', { userIds: ['usr_ed'], kind: 'content_approved', title: 'a', body: '', link: '/x', email: true });
    await notify(db, ctx(true), 'ws_a', { userIds: ['usr_ed'], kind: 'content_approved', title: 'b', body: '', link: '/x' });
    expect(sent.length).toBe(before);
    expect((await unreadCount(db, 'ws_a', 'usr_ed')).unread).toBe(2);
  });

  it('lists newest first with a cursor, marks one and all read, and hides other members\' and workspaces\' rows', async () => {
    for (let i = 0; i < 3; i++) {
      clock.advance(60_000);
      await notify(db, ctx(false), 'ws_a', { userIds: ['usr_rev2'], kind: 'mentioned', title: `m${i}`, body: '', link: `/m/${i}` });
    }
    const page1 = await listMyNotifications(db, 'ws_a', 'usr_rev2', { unreadOnly: false, limit: 2 });
    expect(page1.items.map((n) => n.title)).toEqual(['m2', 'm1']);
    expect(page1.unread).toBe(4);
    const page2 = await listMyNotifications(db, 'ws_a', 'usr_rev2', { unreadOnly: false, limit: 2, cursor: page1.nextCursor! });
    expect(page2.items.map((n) => n.title)).toEqual(['m0', '待审核：春季新品']);
    expect(page2.nextCursor).toBeNull();

    const one = await readNotification(db, 'ws_a', 'usr_rev2', page1.items[0]!.id, clock.now());
    expect(one.readAt).toEqual(clock.now());
    clock.advance(1000);
    // idempotent: the first read time stays
    expect((await readNotification(db, 'ws_a', 'usr_rev2', one.id, clock.now())).readAt).toEqual(one.readAt);
    await expect(readNotification(db, 'ws_a', 'usr_rev1', one.id, clock.now())).rejects.toMatchObject({ status: 404 });
    await expect(readNotification(db, 'ws_b', 'usr_rev2', one.id, clock.now())).rejects.toMatchObject({ status: 404 });
    expect((await listMyNotifications(db, 'ws_a', 'usr_rev2', { unreadOnly: true, limit: 10 })).items.map((n) => n.title)).toEqual(['m1', 'm0', '待审核：春季新品']);

    expect(await readAllNotifications(db, 'ws_a', 'usr_rev2', clock.now())).toEqual({ updated: 3 });
    expect((await unreadCount(db, 'ws_a', 'usr_rev2')).unread).toBe(0);
    expect((await unreadCount(db, 'ws_a', 'usr_rev1')).unread).toBe(1);
  });

  it('a workspace without matching members gets no rows', async () => {
    await notify(db, ctx(true), 'ws_b', { roles: ['reviewer'], kind: 'x', title: 'x', body: '', link: '/', email: true });
    expect((await listMyNotifications(db, 'ws_b', 'usr_rev1', { unreadOnly: false, limit: 5 })).items).toEqual([]);
  });
});
