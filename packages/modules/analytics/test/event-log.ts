/**
 * Test support for the query tests: a database with the event store and the fans module's
 * `fan_aliases` (loaded by path: the published read models, no module import), random event logs
 * for fast-check, and the filter semantics written out in plain TypeScript for the references.
 */
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { Database } from '@resonance/db';
import { createTestDatabase, type DatabaseKind, type TestDatabase } from '@resonance/db/testing';
import type { EventFilter } from '../src/query/query.schema.js';

const eventsMigrations = fileURLToPath(new URL('../../events/migrations', import.meta.url));
const fansMigrations = fileURLToPath(new URL('../../fans/migrations', import.meta.url));
const analyticsMigrations = fileURLToPath(new URL('../migrations', import.meta.url));

export const openQueryTestDb = (kind: DatabaseKind): Promise<TestDatabase> => createTestDatabase(kind, [eventsMigrations, fansMigrations, analyticsMigrations]);

export interface LogEvent {
  fan: string | null;
  name: string;
  at: Date;
  platform: string;
  props: Record<string, unknown> | null;
}

export interface StoredEvent extends LogEvent {
  seq: number;
  /** The fan after merges (fan_aliases), null for anonymous events. */
  canonical: string | null;
}

/** Writes the log (and merged fan → canonical fan aliases) into a workspace; returns the rows as stored, with their seq. */
export async function storeLog(db: Database, ws: string, events: readonly LogEvent[], aliases: Readonly<Record<string, string>> = {}): Promise<StoredEvent[]> {
  if (events.length > 0) {
    await db.copyRows(
      'events',
      ['workspace_id', 'source_id', 'platform', 'name', 'occurred_at', 'fan_id', 'properties'],
      events.map((e) => [ws, 'test', e.platform, e.name, e.at, e.fan, e.props]),
    );
  }
  const pairs = Object.entries(aliases);
  if (pairs.length > 0) await db.copyRows('fan_aliases', ['workspace_id', 'fan_id', 'canonical_id'], pairs.map(([f, c]) => [ws, f, c]));
  const rows = await db.query<{ seq: number; fan_id: string | null; name: string; occurred_at: Date; platform: string; properties: Record<string, unknown> | null }>(
    'select seq, fan_id, name, occurred_at, platform, properties from events where workspace_id = $1 order by seq',
    [ws],
  );
  return rows.map((r) => ({
    seq: r.seq,
    fan: r.fan_id,
    canonical: r.fan_id === null ? null : (aliases[r.fan_id] ?? r.fan_id),
    name: r.name,
    at: r.occurred_at,
    platform: r.platform,
    props: r.properties,
  }));
}

/** (occurred_at, seq): the order every query uses. */
export const byTimeThenSeq = (a: StoredEvent, b: StoredEvent) => a.at.getTime() - b.at.getTime() || a.seq - b.seq;

function fieldValue(e: StoredEvent, f: { field: EventFilter['field']; property?: string }): string | null {
  switch (f.field) {
    case 'event':
      return e.name;
    case 'platform':
      return e.platform;
    case 'property': {
      const v = e.props?.[f.property!];
      return v === undefined || v === null ? null : typeof v === 'object' ? JSON.stringify(v) : String(v);
    }
    default:
      return null; // account / post are not set in these logs
  }
}

/** The filter grammar's meaning, written independently of event-sql.ts. */
export function matchesFilter(e: StoredEvent, f: EventFilter): boolean {
  const v = fieldValue(e, f);
  const num = v !== null && /^-?[0-9]+(\.[0-9]+)?$/.test(v) ? Number(v) : null;
  switch (f.op) {
    case 'eq':
      return v === String(f.value);
    case 'neq':
      return v !== String(f.value);
    case 'in':
      return v !== null && (f.value as (string | number)[]).map(String).includes(v);
    case 'contains':
      return v !== null && v.toLowerCase().includes(String(f.value).toLowerCase());
    case 'gt':
      return num !== null && num > Number(f.value);
    case 'gte':
      return num !== null && num >= Number(f.value);
    case 'lt':
      return num !== null && num < Number(f.value);
    case 'lte':
      return num !== null && num <= Number(f.value);
    case 'is_set':
      return v !== null;
    case 'is_not_set':
      return v === null;
  }
}

export const matchesAll = (e: StoredEvent, filters: readonly EventFilter[] | undefined) => (filters ?? []).every((f) => matchesFilter(e, f));

/** Median as percentile_cont(0.5): the mean of the two middle values for an even count. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

// ---- random logs

export const NAMES = ['a', 'b', 'c', 'd'] as const;
export const PLATFORMS = ['weibo', 'douyin'] as const;

/** Filters the generated logs can satisfy: property v (0–3), platform. */
export const filterArb: fc.Arbitrary<EventFilter> = fc.oneof(
  fc.record({ field: fc.constant('property' as const), property: fc.constant('v'), op: fc.constantFrom('eq' as const, 'neq' as const), value: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ field: fc.constant('property' as const), property: fc.constant('v'), op: fc.constantFrom('gt' as const, 'lt' as const), value: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ field: fc.constant('property' as const), property: fc.constant('v'), op: fc.constantFrom('is_set' as const, 'is_not_set' as const) }),
  fc.record({ field: fc.constant('platform' as const), op: fc.constant('eq' as const), value: fc.constantFrom(...PLATFORMS) }),
);

export interface LogShape {
  /** First instant of the generated period; events fall from `origin − 1 day` to `origin + spanDays`. */
  origin: Date;
  spanDays: number;
  /** Step of the time grid in minutes (coarse grids make equal timestamps, which exercise the seq tie-break). */
  gridMinutes: number;
}

/** A random log: fans f1–f6 (+ f7, f8 merged into f1, f2), some anonymous events, names a–d, property v, two platforms. */
export function logArb(shape: LogShape, maxEvents = 60): fc.Arbitrary<LogEvent[]> {
  const slots = Math.floor(((shape.spanDays + 1) * 1440) / shape.gridMinutes);
  const event = fc.record({
    fan: fc.oneof({ weight: 9, arbitrary: fc.constantFrom('f1', 'f2', 'f3', 'f4', 'f5', 'f6', 'f7', 'f8') }, { weight: 1, arbitrary: fc.constant(null) }),
    name: fc.constantFrom(...NAMES),
    slot: fc.integer({ min: 0, max: slots }),
    platform: fc.constantFrom(...PLATFORMS),
    v: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined, freq: 3 }),
  });
  return fc.array(event, { maxLength: maxEvents, size: 'max' }).map((evs) =>
    evs.map((e) => ({
      fan: e.fan,
      name: e.name,
      at: new Date(shape.origin.getTime() - 86_400_000 + e.slot * shape.gridMinutes * 60_000),
      platform: e.platform,
      props: e.v === undefined ? null : { v: e.v },
    })),
  );
}

export const ALIASES = { f7: 'f1', f8: 'f2' } as const;

let wsCounter = 0;
/** A fresh workspace id per property run (the database is shared by the runs of a file). */
export const freshWorkspace = (label: string) => `ws_${label}_${++wsCounter}`;
