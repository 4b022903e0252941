import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import { pathsBody } from '../src/paths/paths.schema.js';
import { runPaths } from '../src/paths/paths.service.js';
import { ALIASES, NAMES, filterArb, freshWorkspace, logArb, openQueryTestDb, storeLog, type LogEvent } from './event-log.js';
import { referencePaths } from './paths-reference.js';

const TZ = 'Asia/Shanghai';
const ORIGIN = new Date('2026-03-01T16:00:00Z'); // 2026-03-02 00:00 in Shanghai

const queryArb = fc.record({
  event: fc.constantFrom(...NAMES),
  eventFilters: fc.option(fc.array(filterArb, { maxLength: 1 }), { nil: undefined }),
  direction: fc.constantFrom('after' as const, 'before' as const),
  steps: fc.integer({ min: 1, max: 5 }),
  excludeEvents: fc.option(fc.subarray([...NAMES], { maxLength: 1 }), { nil: undefined }),
  filters: fc.option(fc.array(filterArb, { maxLength: 1 }), { nil: undefined, freq: 3 }),
  limit: fc.integer({ min: 1, max: 8 }),
  days: fc.integer({ min: 1, max: 5 }),
});

const ev = (fan: string | null, name: string, iso: string): LogEvent => ({ fan, name, at: new Date(iso), platform: 'weibo', props: null });

describe.each(testDatabaseKinds())('paths on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openQueryTestDb(kind);
  });
  afterAll(async () => db?.close());

  it('equals the reference on random logs', async () => {
    const logs = fc.constantFrom(60, 240).chain((gridMinutes) => logArb({ origin: ORIGIN, spanDays: 6, gridMinutes }, 80));
    await fc.assert(
      fc.asyncProperty(logs, queryArb, async (log, qa) => {
        const ws = freshWorkspace('paths');
        const stored = await storeLog(db, ws, log, ALIASES);
        const excludeEvents = qa.excludeEvents?.filter((n) => n !== qa.event);
        const q = pathsBody.parse({ ...qa, excludeEvents, range: { from: '2026-03-02', to: `2026-03-0${1 + qa.days}` } });
        const res = await runPaths(db, ws, q, { timeZone: TZ });
        const end = new Date(ORIGIN.getTime() + qa.days * 86_400_000);
        expect({ ...res, timeZone: undefined, direction: undefined, steps: undefined }).toEqual({
          ...referencePaths(stored, q, ORIGIN, end), timeZone: undefined, direction: undefined, steps: undefined,
        });
      }),
      { numRuns: kind === 'pglite' ? 120 : 80 },
    );
  });

  it('collapses repeats, counts occurrences and fans, and reads merged fans as one', async () => {
    const ws = freshWorkspace('paths-fixed');
    await storeLog(
      db,
      ws,
      [
        ev('u1', 'follow', '2026-03-02T01:00:00Z'), ev('u1', 'like', '2026-03-02T01:01:00Z'), ev('u1', 'like', '2026-03-02T01:02:00Z'),
        ev('u1', 'comment', '2026-03-02T01:03:00Z'), ev('u1', 'impression', '2026-03-02T01:04:00Z'), ev('u1', 'share', '2026-03-02T01:05:00Z'),
        ev('u2', 'follow', '2026-03-02T02:00:00Z'), ev('u2b', 'like', '2026-03-02T02:01:00Z'), ev('u2', 'comment', '2026-03-02T02:02:00Z'),
        ev('u3', 'follow', '2026-03-02T03:00:00Z'), ev('u3', 'follow', '2026-03-02T03:01:00Z'),
        ev(null, 'follow', '2026-03-02T03:00:00Z'), ev(null, 'like', '2026-03-02T03:01:00Z'),
      ],
      { u2b: 'u2' },
    );
    const range = { from: '2026-03-02', to: '2026-03-02' };
    const after = await runPaths(db, ws, pathsBody.parse({ range, event: 'follow', steps: 2, excludeEvents: ['impression'] }), { timeZone: TZ });
    expect(after).toEqual({
      timeZone: TZ, direction: 'after', steps: 2, totalOccurrences: 4, totalFans: 3, totalSequences: 2,
      sequences: [{ events: ['like', 'comment'], occurrences: 2, fans: 2 }, { events: [], occurrences: 2, fans: 1 }],
    });
    const before = await runPaths(db, ws, pathsBody.parse({ range, event: 'share', direction: 'before', steps: 3 }), { timeZone: TZ });
    expect(before.sequences).toEqual([{ events: ['like', 'comment', 'impression'], occurrences: 1, fans: 1 }]);
  });
});
