/**
 * The COPY baseline of the ingestion benchmark: read back the rows the HTTP run stored in `events`
 * (every column except the generated `seq`, in `seq` order, COPY text format), empty the table
 * (TRUNCATE: same table, same indexes), then load the same rows again with one COPY and time it.
 * PostgreSQL: over the wire (pg-copy-streams), like any client. PGlite: `/dev/blob`, in this process
 * (the server must be stopped: one process owns a PGlite data dir).
 */
import { PGlite } from '@electric-sql/pglite';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import type { Store } from './ingest-harness.js';

const COLUMNS = 'workspace_id, message_id, source_id, name, fan_id, platform, account_id, publication_id, occurred_at, received_at, properties';

export interface CopyResult {
  /** Rows loaded by the timed COPY. */
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  /** Rows in `events` for the source after the reload (must equal the HTTP run's stored count). */
  storedAfter: number;
}

const safe = (id: string) => {
  if (!/^[A-Za-z0-9_-]+$/.test(id)) throw new Error(`unexpected id ${id}`);
  return id;
};

/** Splits COPY text output after `n` rows (rows are single lines: text format escapes newlines). */
function splitRows(text: string, n: number): [string, string] {
  let at = 0;
  for (let i = 0; i < n; i++) {
    at = text.indexOf('\n', at) + 1;
    if (at === 0) throw new Error(`expected at least ${n} rows to split`);
  }
  return [text.slice(0, at), text.slice(at)];
}

const countLines = (text: string) => {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
};

/**
 * Re-loads the source's stored events: the first `untimedRows` (the warm-up) untimed, the rest with
 * one timed COPY — the same table state and the same rows as the HTTP run's measured phase.
 */
export async function copyBaseline(store: Store, untimedRows: number): Promise<CopyResult> {
  const where = `workspace_id = '${safe(store.workspaceId)}' and source_id = '${safe(store.sourceId)}'`;
  const exportSql = `copy (select ${COLUMNS} from events where ${where} order by seq) to `;
  if (store.engine === 'postgres') {
    const c = new pg.Client({ connectionString: store.databaseUrl });
    await c.connect();
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of c.query(copyTo(`${exportSql} stdout`))) chunks.push(chunk as Buffer);
      const [warm, measured] = splitRows(Buffer.concat(chunks).toString('utf8'), untimedRows);
      await c.query('truncate events');
      const load = (text: string) => pipeline(Readable.from([Buffer.from(text)]), c.query(copyFrom(`copy events (${COLUMNS}) from stdin`)));
      if (warm) await load(warm);
      await c.query('checkpoint');
      const t0 = process.hrtime.bigint();
      await load(measured);
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      const rows = countLines(measured);
      const storedAfter = Number((await c.query<{ n: string }>(`select count(*) as n from events where ${where}`)).rows[0]!.n);
      return { rows, seconds, rowsPerSecond: rows / seconds, storedAfter };
    } finally {
      await c.end();
    }
  }
  const db = await PGlite.create({ dataDir: join(store.dataDir, 'pglite') });
  try {
    const out = await db.query(`${exportSql} '/dev/blob'`);
    const [warm, measured] = splitRows(await out.blob!.text(), untimedRows);
    await db.exec('truncate events');
    const load = (text: string) => db.query(`copy events (${COLUMNS}) from '/dev/blob'`, [], { blob: new Blob([text]) });
    if (warm) await load(warm);
    await db.exec('checkpoint');
    const t0 = process.hrtime.bigint();
    await load(measured);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const rows = countLines(measured);
    const storedAfter = Number((await db.query<{ n: number }>(`select count(*)::int as n from events where ${where}`)).rows[0]!.n);
    return { rows, seconds, rowsPerSecond: rows / seconds, storedAfter };
  } finally {
    await db.close();
  }
}
