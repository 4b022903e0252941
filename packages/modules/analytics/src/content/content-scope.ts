/** Turns a content request (range, filters) into a `PostScope`, with the workspace's accounts and time zone. */
import { invalidField, localDate, notFound } from '@resonance/kernel';
import type { AnalyticsAccount } from '../overview.types.js';
import type { PostScope } from './content.sql.js';
import { addDays, daysBetween } from './local-date.js';

export const DEFAULT_RANGE_DAYS = 28;
export const MAX_RANGE_DAYS = 731;

/** What every content report needs besides the request: the workspace's zone and accounts, and now. */
export interface ContentEnv {
  timeZone: string;
  accounts: readonly AnalyticsAccount[];
  now?: Date;
}

export interface ContentFilters {
  from?: string;
  to?: string;
  accountId?: string;
  platform?: string;
  pillar?: string;
  funnelStage?: string;
}

/** The platform a report shows for an account: a sandbox account counts as the platform it simulates. */
export const accountPlatform = (a: AnalyticsAccount): string => a.simulates ?? a.platform;

/** [from, to] in local dates; missing ends default to today and `to` − 27 days. */
export function resolveRange(q: { from?: string; to?: string }, now: Date, timeZone: string): { from: string; to: string } {
  const to = q.to ?? localDate(now, timeZone);
  const from = q.from ?? addDays(to, -(DEFAULT_RANGE_DAYS - 1));
  if (from > to) throw invalidField(q.to ? 'query.to' : 'query.from', 'from must not be after to');
  if (daysBetween(from, to) > MAX_RANGE_DAYS) throw invalidField('query.to', 'the range may span at most 2 years');
  return { from, to };
}

export function contentScope(workspaceId: string, f: ContentFilters, env: ContentEnv): PostScope {
  if (f.accountId && !env.accounts.some((a) => a.id === f.accountId)) throw notFound('account');
  const { from, to } = resolveRange(f, env.now ?? new Date(), env.timeZone);
  return {
    workspaceId,
    timeZone: env.timeZone,
    from,
    to,
    accountId: f.accountId ?? null,
    platform: f.platform ?? null,
    pillar: f.pillar ?? null,
    funnelStage: f.funnelStage ?? null,
    platformOf: Object.fromEntries(env.accounts.map((a) => [a.id, accountPlatform(a)])),
  };
}
