import type { Database } from '@resonance/db';
import { rangeBounds } from '../query/range-bounds.js';
import { runAnalyticsQuery } from '../query/run-query.js';
import { SqlParams } from '../query/sql-params.js';
import type { PathsQuery, PathsResult } from './paths.schema.js';
import { pathsSql } from './paths.sql.js';

interface PathRow {
  path: string[];
  occurrences: number;
  fans: number;
  total_sequences: number;
  total_occurrences: number;
  total_fans: number;
}

/** The most common event sequences after (or before) an event (definitions: README.md, "Paths"). */
export async function runPaths(db: Database, workspaceId: string, q: PathsQuery, ctx: { timeZone: string }): Promise<PathsResult> {
  const b = await rangeBounds(db, q.range, ctx.timeZone);
  const p = new SqlParams();
  const rows = await runAnalyticsQuery<PathRow>(db, pathsSql({ ...q, workspaceId, start: b.start, end: b.end }, p), p.values);
  return {
    timeZone: ctx.timeZone,
    direction: q.direction,
    steps: q.steps,
    totalOccurrences: rows[0]?.total_occurrences ?? 0,
    totalFans: rows[0]?.total_fans ?? 0,
    totalSequences: rows[0]?.total_sequences ?? 0,
    sequences: rows.map((r) => ({ events: r.path, occurrences: r.occurrences, fans: r.fans })),
  };
}
