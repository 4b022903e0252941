import { AppError, notFound } from '@resonance/kernel';
import type { Database } from '@resonance/db';
import { recordActivity } from '../activity/activity.repository.js';
import { findScheduleTarget, setScheduledAt, takenTimes } from '../calendar/calendar.repository.js';
import { RESCHEDULABLE_STATUSES, type ScheduleResult } from '../calendar/calendar.service.js';
import type { AccountView, BestTimes } from '../ports.js';
import { inTx, type Sql } from '../tx.js';
import { findQueueRow, listQueueRows, upsertQueueRow, type QueueRecord } from './queues.repository.js';
import { UPCOMING_SLOTS } from './queues.schema.js';
import { suggestTimes, type TimeSuggestions } from './suggest-times.js';
import { QUEUE_HORIZON_DAYS, nextFreeSlot, normaliseSlots, upcomingSlotTimes, type QueueSlot } from './time-slots.js';
import { zonedParts } from './zoned-time.js';

export interface QueueEnv {
  timeZone: string;
  accounts: AccountView[];
  now: Date;
}

export interface UpcomingSlot {
  at: Date;
  localDate: string;
  localTime: string;
  taken: boolean;
}

export interface QueueView {
  accountId: string;
  accountName: string;
  platform: string;
  brandId: string | null;
  slots: QueueSlot[];
  updatedAt: Date | null;
  upcoming: UpcomingSlot[];
}

const pad = (n: number) => String(n).padStart(2, '0');
const minute = (d: Date) => Math.floor(d.getTime() / 60_000);

function accountOf(env: QueueEnv, accountId: string): AccountView {
  const a = env.accounts.find((x) => x.id === accountId);
  if (!a) throw notFound('account');
  return a;
}

async function view(db: Sql, workspaceId: string, account: AccountView, q: QueueRecord | null, env: QueueEnv): Promise<QueueView> {
  const slots = q?.slots ?? [];
  const times = upcomingSlotTimes(slots, env.now, env.timeZone, QUEUE_HORIZON_DAYS).slice(0, UPCOMING_SLOTS);
  const busy = new Set(times.length ? (await takenTimes(db, workspaceId, account.id, env.now)).map(minute) : []);
  const upcoming = times.map((at) => {
    const p = zonedParts(at, env.timeZone);
    return { at, localDate: p.date, localTime: `${pad(p.hour)}:${pad(p.minute)}`, taken: busy.has(minute(at)) };
  });
  return { accountId: account.id, accountName: account.name, platform: account.platform, brandId: account.brandId, slots, updatedAt: q?.updatedAt ?? null, upcoming };
}

/** Every account of the workspace with its queue (empty until someone sets slots). */
export async function listQueues(db: Database, workspaceId: string, env: QueueEnv): Promise<QueueView[]> {
  const rows = new Map((await listQueueRows(db, workspaceId)).map((r) => [r.accountId, r]));
  const accounts = [...env.accounts].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return Promise.all(accounts.map((a) => view(db, workspaceId, a, rows.get(a.id) ?? null, env)));
}

/** One account's queue with best-time suggestions (analytics heatmap, else the platform default). */
export async function getQueue(
  db: Database,
  workspaceId: string,
  accountId: string,
  env: QueueEnv,
  bestTimes: BestTimes,
): Promise<QueueView & { suggestions: TimeSuggestions }> {
  const account = accountOf(env, accountId);
  const [q, heat] = await Promise.all([findQueueRow(db, workspaceId, accountId), bestTimes(db, workspaceId, accountId)]);
  return { ...(await view(db, workspaceId, account, q, env)), suggestions: suggestTimes(heat, account.platform) };
}

/** Replaces the account's slots (sorted, duplicates dropped). PUT semantics: the same list again is a no-op in effect. */
export async function saveQueue(db: Database, workspaceId: string, accountId: string, slots: QueueSlot[], by: string | null, env: QueueEnv): Promise<QueueView> {
  const account = accountOf(env, accountId);
  const q = await upsertQueueRow(db, workspaceId, accountId, normaliseSlots(slots), by, env.now);
  return view(db, workspaceId, account, q, env);
}

/**
 * Puts a variant on the next free slot of its account's queue. A variant that already has a future time
 * keeps it (a retried request changes nothing); move it with the schedule route instead.
 */
export async function addToQueue(
  db: Database,
  workspaceId: string,
  ref: { contentId: string; variantId: string },
  actorId: string | null,
  env: QueueEnv,
): Promise<ScheduleResult> {
  return inTx(db, async (tx) => {
    const t = await findScheduleTarget(tx, workspaceId, ref.contentId, ref.variantId);
    if (!t) throw notFound('variant');
    const allowed: readonly string[] = RESCHEDULABLE_STATUSES;
    if (!allowed.includes(t.status))
      throw new AppError('not_reschedulable', `content in status ${t.status} cannot be queued (only ${RESCHEDULABLE_STATUSES.join(', ')})`, 409, { status: t.status });
    const result = { contentId: t.content_id, variantId: t.variant_id, accountId: t.account_id, status: t.status };
    if (t.scheduled_at && t.scheduled_at.getTime() > env.now.getTime()) return { ...result, scheduledAt: t.scheduled_at, changed: false };
    // Lock the queue row so two concurrent adds for one account cannot take the same slot.
    const [q] = await tx.query<{ slots: QueueSlot[] | string }>(
      `select slots from content_queues where workspace_id = $1 and account_id = $2 for update`,
      [workspaceId, t.account_id],
    );
    const slots: QueueSlot[] = q ? (typeof q.slots === 'string' ? JSON.parse(q.slots) : q.slots) : [];
    if (!slots.length) throw new AppError('queue_empty', 'this account has no queue slots yet: set them in the queue settings', 409, { accountId: t.account_id });
    const at = nextFreeSlot(slots, await takenTimes(tx, workspaceId, t.account_id, env.now), env.now, env.timeZone);
    if (!at) throw new AppError('queue_full', `every slot of the next ${QUEUE_HORIZON_DAYS} days is taken`, 409, { accountId: t.account_id });
    if (!(await setScheduledAt(tx, workspaceId, t.variant_id, at, allowed, env.now)))
      throw new AppError('not_reschedulable', 'the item left the statuses that may be scheduled', 409, { status: t.status });
    await recordActivity(
      tx as Database,
      workspaceId,
      { contentId: t.content_id, actorId, kind: 'rescheduled', detail: { variantId: t.variant_id, accountId: t.account_id, from: t.scheduled_at, to: at, via: 'queue' } },
      env.now,
    );
    return { ...result, scheduledAt: at, changed: true };
  });
}
