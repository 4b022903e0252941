import { AppError, invalidField, notFound } from '@resonance/kernel';
import type { Database } from '@resonance/db';
import { recordActivity } from '../activity/activity.repository.js';
import type { AccountView } from '../ports.js';
import { inTx } from '../tx.js';
import { addDays, zonedParts, zonedTimeToInstant } from '../queues/zoned-time.js';
import { findScheduleTarget, scheduledInRange, setScheduledAt, unscheduled, type CalendarFilter, type CalendarRow } from './calendar.repository.js';
import type { CalendarEntry, CalendarQuery, CalendarResponse, UnscheduledEntry } from './calendar.schema.js';
import { titleExcerpt } from './excerpt.js';

/** Statuses in which a variant's time may change: before publishing starts. */
export const RESCHEDULABLE_STATUSES = ['draft', 'in_review', 'approved', 'scheduled'] as const;

export interface CalendarEnv {
  timeZone: string;
  accounts: AccountView[];
}

const pad = (n: number) => String(n).padStart(2, '0');

function base(r: CalendarRow, names: Map<string, AccountView>) {
  return {
    contentId: r.content_id,
    accountId: r.account_id,
    accountName: r.account_id ? (names.get(r.account_id)?.name ?? null) : null,
    platform: r.platform,
    brandId: r.brand_id,
    title: titleExcerpt(r.title, r.body),
    status: r.status,
    pillar: r.pillar,
    stage: r.funnel_stage,
    campaign: r.campaign,
  };
}

/** Scheduled variants between two local dates (inclusive, workspace time zone) plus the unscheduled drafts. */
export async function loadCalendar(db: Database, workspaceId: string, q: CalendarQuery, env: CalendarEnv): Promise<CalendarResponse> {
  const start = zonedTimeToInstant(q.from, '00:00', env.timeZone);
  const end = zonedTimeToInstant(addDays(q.to, 1), '00:00', env.timeZone);
  const byId = new Map(env.accounts.map((a) => [a.id, a]));
  const filter: CalendarFilter = {
    brandId: q.brand,
    brandAccountIds: q.brand ? env.accounts.filter((a) => a.brandId === q.brand).map((a) => a.id) : undefined,
    accountId: q.account,
    statuses: q.status?.split(','),
    pillar: q.pillar,
    stage: q.stage,
    campaign: q.campaign,
  };
  const [scheduled, drafts] = await Promise.all([scheduledInRange(db, workspaceId, start, end, filter), unscheduled(db, workspaceId, filter)]);
  const entries: CalendarEntry[] = scheduled.map((r) => {
    const p = zonedParts(r.scheduled_at!, env.timeZone);
    return { ...base(r, byId), variantId: r.variant_id!, scheduledAt: r.scheduled_at!, localDate: p.date, localTime: `${pad(p.hour)}:${pad(p.minute)}` };
  });
  const open: UnscheduledEntry[] = drafts.map((r) => ({ ...base(r, byId), variantId: r.variant_id, updatedAt: r.updated_at }));
  return { timeZone: env.timeZone, from: q.from, to: q.to, entries, unscheduled: open };
}

export interface ScheduleResult {
  contentId: string;
  variantId: string;
  accountId: string;
  status: string;
  scheduledAt: Date | null;
  changed: boolean;
}

const notReschedulable = (status: string) =>
  new AppError('not_reschedulable', `content in status ${status} cannot be rescheduled (only ${RESCHEDULABLE_STATUSES.join(', ')})`, 409, { status });

/**
 * Moves one variant to a new time (or off the calendar with null, not while scheduled). Idempotent: the
 * same time again changes and records nothing. Every change records a `rescheduled` activity entry.
 */
export async function rescheduleVariant(
  db: Database,
  workspaceId: string,
  ref: { contentId: string; variantId: string },
  scheduledAt: Date | null,
  actorId: string | null,
  now: Date,
  field = 'body.scheduledAt',
): Promise<ScheduleResult> {
  return inTx(db, async (tx) => {
    const t = await findScheduleTarget(tx, workspaceId, ref.contentId, ref.variantId);
    if (!t) throw notFound('variant');
    const allowed: readonly string[] = RESCHEDULABLE_STATUSES;
    if (!allowed.includes(t.status)) throw notReschedulable(t.status);
    const result = { contentId: t.content_id, variantId: t.variant_id, accountId: t.account_id, status: t.status };
    if ((t.scheduled_at?.getTime() ?? null) === (scheduledAt?.getTime() ?? null)) return { ...result, scheduledAt: t.scheduled_at, changed: false };
    if (scheduledAt && scheduledAt.getTime() <= now.getTime()) throw invalidField(field, 'must be in the future');
    if (!scheduledAt && t.status === 'scheduled') throw new AppError('not_reschedulable', 'a scheduled item keeps a time: unschedule it first', 409, { status: t.status });
    const statuses = scheduledAt ? allowed : allowed.filter((s) => s !== 'scheduled');
    if (!(await setScheduledAt(tx, workspaceId, t.variant_id, scheduledAt, statuses, now))) throw notReschedulable(t.status);
    await recordActivity(
      tx as Database,
      workspaceId,
      { contentId: t.content_id, actorId, kind: 'rescheduled', detail: { variantId: t.variant_id, accountId: t.account_id, from: t.scheduled_at, to: scheduledAt } },
      now,
    );
    return { ...result, scheduledAt, changed: true };
  });
}
