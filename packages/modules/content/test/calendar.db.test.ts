import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import { listActivity } from '../src/activity/activity.repository.js';
import { loadCalendar, rescheduleVariant, type CalendarEnv } from '../src/calendar/calendar.service.js';
import { addToQueue, getQueue, saveQueue, type QueueEnv } from '../src/queues/queues.service.js';
import { insertItem, insertVariant } from './calendar-fixtures.js';

const migrations = [fileURLToPath(new URL('../migrations', import.meta.url))];
const accounts = [
  { id: 'acc_wb', platform: 'weibo', name: '微博', brandId: 'brd_1' },
  { id: 'acc_dy', platform: 'douyin', name: '抖音', brandId: 'brd_2' },
];
const env: CalendarEnv = { timeZone: 'Asia/Shanghai', accounts };
// Now: Wed 2026-03-04 12:10 Shanghai
const now = new Date('2026-03-04T04:10:00Z');
const qenv: QueueEnv = { timeZone: 'Asia/Shanghai', accounts, now };
const range = (from: string, to: string, extra: Record<string, string> = {}) => ({ from, to, ...extra });

describe.each(testDatabaseKinds())('calendar, reschedule and queues on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind, migrations);
    // Boundaries of Sun 2026-03-01 … Sat 03-07 in Shanghai: [02-28T16:00Z, 03-07T16:00Z)
    await insertItem(db, 'ws', 'cnt_edge_in', { status: 'scheduled', pillar: '产品', stage: 'awareness', campaign: '春季', brandId: 'brd_1' });
    await insertVariant(db, 'ws', 'var_edge_in', 'cnt_edge_in', 'acc_wb', '2026-02-28T16:00:00Z'); // Mar 1 00:00 local
    await insertItem(db, 'ws', 'cnt_edge_out', { status: 'approved' });
    await insertVariant(db, 'ws', 'var_edge_out', 'cnt_edge_out', 'acc_wb', '2026-02-28T15:59:00Z'); // Feb 28 23:59 local
    await insertItem(db, 'ws', 'cnt_late', { status: 'approved', title: null, body: '晚上八点的帖子\n第二行', stage: 'interest' });
    await insertVariant(db, 'ws', 'var_late_wb', 'cnt_late', 'acc_wb', '2026-03-07T15:59:00Z'); // Sat 23:59 local
    await insertVariant(db, 'ws', 'var_late_dy', 'cnt_late', 'acc_dy', '2026-03-07T16:00:00Z'); // Sun Mar 8 00:00 local: out
    await insertItem(db, 'ws', 'cnt_draft', { status: 'draft' });
    await insertVariant(db, 'ws', 'var_draft', 'cnt_draft', 'acc_dy');
    await insertItem(db, 'ws', 'cnt_bare', { status: 'in_review', brandId: 'brd_2' });
    await insertItem(db, 'ws', 'cnt_pub', { status: 'published' });
    await insertVariant(db, 'ws', 'var_pub', 'cnt_pub', 'acc_wb', '2026-03-03T02:00:00Z');
    await insertItem(db, 'other', 'cnt_other', { status: 'scheduled' });
    await insertVariant(db, 'other', 'var_other', 'cnt_other', 'acc_wb', '2026-03-03T02:00:00Z');
  });
  afterAll(async () => db?.close());

  it('lists the variants between two local dates in the workspace zone, with local date and time', async () => {
    const cal = await loadCalendar(db, 'ws', range('2026-03-01', '2026-03-07'), env);
    expect(cal.entries.map((e) => e.variantId)).toEqual(['var_edge_in', 'var_pub', 'var_late_wb']);
    expect(cal.entries[0]).toMatchObject({
      contentId: 'cnt_edge_in', accountId: 'acc_wb', accountName: '微博', platform: 'weibo', title: 'title cnt_edge_in', status: 'scheduled',
      pillar: '产品', stage: 'awareness', campaign: '春季', localDate: '2026-03-01', localTime: '00:00',
    });
    expect(cal.entries[2]).toMatchObject({ title: '晚上八点的帖子', localDate: '2026-03-07', localTime: '23:59' });
    // The same instants seen from New York fall on other local days.
    const ny = await loadCalendar(db, 'ws', range('2026-02-28', '2026-02-28'), { ...env, timeZone: 'America/New_York' });
    expect(ny.entries.map((e) => e.variantId)).toEqual(['var_edge_out', 'var_edge_in']);
  });

  it('filters by brand (item brand or account brand), account, status, pillar, stage and campaign; unscheduled drafts listed apart', async () => {
    const ids = async (extra: Record<string, string>) => (await loadCalendar(db, 'ws', range('2026-03-01', '2026-03-07', extra), env)).entries.map((e) => e.variantId);
    expect(await ids({ account: 'acc_wb', status: 'scheduled,published' })).toEqual(['var_edge_in', 'var_pub']);
    expect(await ids({ brand: 'brd_1' })).toEqual(['var_edge_in', 'var_pub', 'var_late_wb']);
    expect(await ids({ brand: 'brd_2' })).toEqual([]);
    expect(await ids({ pillar: '产品', stage: 'awareness', campaign: '春季' })).toEqual(['var_edge_in']);
    expect(await ids({ stage: 'interest' })).toEqual(['var_late_wb']);
    const cal = await loadCalendar(db, 'ws', range('2026-03-01', '2026-03-07'), env);
    expect(cal.unscheduled.map((u) => [u.contentId, u.variantId]).sort()).toEqual([['cnt_bare', null], ['cnt_draft', 'var_draft']]);
    const brd2 = await loadCalendar(db, 'ws', range('2026-03-01', '2026-03-07', { brand: 'brd_2' }), env);
    expect(brd2.unscheduled.map((u) => u.contentId).sort()).toEqual(['cnt_bare', 'cnt_draft']);
    const approvedOnly = await loadCalendar(db, 'ws', range('2026-03-01', '2026-03-07', { status: 'approved' }), env);
    expect(approvedOnly.unscheduled).toEqual([]);
    expect((await loadCalendar(db, 'other', range('2026-03-01', '2026-03-07'), env)).entries.map((e) => e.variantId)).toEqual(['var_other']);
  });

  it('reschedules in allowed statuses only, refuses past times, records one activity entry and is idempotent', async () => {
    const to = new Date('2026-03-10T12:00:00Z');
    const r = await rescheduleVariant(db, 'ws', { contentId: 'cnt_draft', variantId: 'var_draft' }, to, 'usr_ed', now);
    expect(r).toMatchObject({ status: 'draft', scheduledAt: to, changed: true });
    const again = await rescheduleVariant(db, 'ws', { contentId: 'cnt_draft', variantId: 'var_draft' }, new Date(to), 'usr_ed', now);
    expect(again.changed).toBe(false);
    const log = await listActivity(db, 'ws', 'cnt_draft', { limit: 10 });
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ kind: 'rescheduled', actorId: 'usr_ed', detail: { variantId: 'var_draft', from: null, to: to.toISOString() } });
    await expect(rescheduleVariant(db, 'ws', { contentId: 'cnt_pub', variantId: 'var_pub' }, to, 'usr_ed', now)).rejects.toMatchObject({ status: 409, code: 'not_reschedulable' });
    await expect(rescheduleVariant(db, 'ws', { contentId: 'cnt_draft', variantId: 'var_draft' }, new Date('2026-03-04T04:00:00Z'), 'usr_ed', now)).rejects.toMatchObject({
      status: 400, details: { fields: [{ path: 'body.scheduledAt', message: 'must be in the future' }] },
    });
    await expect(rescheduleVariant(db, 'ws', { contentId: 'cnt_edge_in', variantId: 'var_edge_in' }, null, 'usr_ed', now)).rejects.toMatchObject({ status: 409 });
    await expect(rescheduleVariant(db, 'other', { contentId: 'cnt_draft', variantId: 'var_draft' }, to, 'usr_ed', now)).rejects.toMatchObject({ status: 404 });
    await expect(rescheduleVariant(db, 'ws', { contentId: 'cnt_late', variantId: 'var_draft' }, to, 'usr_ed', now)).rejects.toMatchObject({ status: 404 });
    const off = await rescheduleVariant(db, 'ws', { contentId: 'cnt_draft', variantId: 'var_draft' }, null, 'usr_ed', now);
    expect(off).toMatchObject({ scheduledAt: null, changed: true });
  });

  it('fills the next free queue slot of the account, keeps a future time on retry and says when the queue is empty', async () => {
    await expect(addToQueue(db, 'ws', { contentId: 'cnt_draft', variantId: 'var_draft' }, 'usr_ed', qenv)).rejects.toMatchObject({ status: 409, code: 'queue_empty' });
    const q = await saveQueue(db, 'ws', 'acc_dy', [{ weekday: 2, time: '20:00' }, { weekday: 3, time: '20:00' }, { weekday: 2, time: '20:00' }], 'usr_ed', qenv);
    expect(q.slots).toEqual([{ weekday: 2, time: '20:00' }, { weekday: 3, time: '20:00' }]);
    expect(q.upcoming.slice(0, 2)).toEqual([
      { at: new Date('2026-03-04T12:00:00Z'), localDate: '2026-03-04', localTime: '20:00', taken: false },
      { at: new Date('2026-03-05T12:00:00Z'), localDate: '2026-03-05', localTime: '20:00', taken: false },
    ]);
    // Wed 20:00 is taken by another douyin variant → Thu 20:00
    await insertItem(db, 'ws', 'cnt_busy', { status: 'approved' });
    await insertVariant(db, 'ws', 'var_busy', 'cnt_busy', 'acc_dy', '2026-03-04T12:00:00Z');
    const r = await addToQueue(db, 'ws', { contentId: 'cnt_draft', variantId: 'var_draft' }, 'usr_ed', qenv);
    expect(r).toMatchObject({ accountId: 'acc_dy', scheduledAt: new Date('2026-03-05T12:00:00Z'), changed: true });
    const retry = await addToQueue(db, 'ws', { contentId: 'cnt_draft', variantId: 'var_draft' }, 'usr_ed', qenv);
    expect(retry).toMatchObject({ scheduledAt: new Date('2026-03-05T12:00:00Z'), changed: false });
    const queued = (await listActivity(db, 'ws', 'cnt_draft', { limit: 10 })).filter((a) => a.detail.via === 'queue');
    expect(queued).toMatchObject([{ kind: 'rescheduled', actorId: 'usr_ed', detail: { variantId: 'var_draft', from: null, to: '2026-03-05T12:00:00.000Z' } }]);
    const detail = await getQueue(db, 'ws', 'acc_dy', qenv, async () => null);
    expect(detail.upcoming.slice(0, 3).map((u) => u.taken)).toEqual([true, true, false]);
    expect(detail.suggestions).toMatchObject({ rule: 'platform_default', platform: 'douyin' });
    const fromHeat = await getQueue(db, 'ws', 'acc_dy', qenv, async () => [{ weekday: 1, hour: 9, score: 3 }]);
    expect(fromHeat.suggestions).toMatchObject({ rule: 'analytics_heatmap', slots: [{ weekday: 1, hour: 9, score: 3 }] });
    await expect(getQueue(db, 'ws', 'acc_nope', qenv, async () => null)).rejects.toMatchObject({ status: 404 });
    await expect(addToQueue(db, 'ws', { contentId: 'cnt_pub', variantId: 'var_pub' }, 'usr_ed', qenv)).rejects.toMatchObject({ status: 409, code: 'not_reschedulable' });
  });
});
