import type { Logger } from '@resonance/kernel';
import { storeEvents, type StoreDeps, type StoreRequest, type StoreResult } from './store-events.js';

export interface IngestWriter {
  /** Resolves once the request's events are committed (its share of a group write). */
  write(request: StoreRequest): Promise<StoreResult>;
  /** Waits for the writes under way; later writes are refused. */
  close(): Promise<void>;
}

interface Waiting {
  request: StoreRequest;
  resolve: (r: StoreResult) => void;
  reject: (err: unknown) => void;
}

export interface WriterOptions {
  /** Most events one group write takes (the rest wait for the next). */
  maxEvents?: number;
  /** Group writes under way at once (PostgreSQL: 2, so one group's commit overlaps the next one's work; PGlite has one session: 1). */
  parallel?: number;
  logger?: Logger;
  /** Called after each group write with what it stored (the sources' debugger records here). */
  afterWrite?: (done: { request: StoreRequest; result: StoreResult }[]) => Promise<void>;
}

/**
 * Group commit for ingestion: requests that arrive while a write is under way are written together
 * in the next one (one resolve + one INSERT per workspace), so a busy server makes few large
 * transactions instead of many small ones, and an idle one writes at once (no timer, no added
 * latency). Every caller is answered only after its rows are committed. When a group write fails,
 * each request of it is retried on its own, so one request's bad row cannot fail the others.
 */
export function createIngestWriter(deps: StoreDeps, opts: WriterOptions = {}): IngestWriter {
  const maxEvents = opts.maxEvents ?? 5000;
  const parallel = opts.parallel ?? (deps.db.kind === 'postgres' ? 2 : 1);
  let queue: Waiting[] = [];
  let active = 0;
  let scheduled = false;
  let closed = false;
  const idle: (() => void)[] = [];

  const take = (): Waiting[] => {
    let n = 0;
    let i = 0;
    while (i < queue.length && (i === 0 || n + queue[i]!.request.events.length <= maxEvents)) n += queue[i++]!.request.events.length;
    const taken = queue.slice(0, i);
    queue = queue.slice(i);
    return taken;
  };

  async function writeGroup(group: Waiting[]): Promise<void> {
    const byWorkspace = new Map<string, Waiting[]>();
    for (const w of group) byWorkspace.set(w.request.target.workspaceId, [...(byWorkspace.get(w.request.target.workspaceId) ?? []), w]);
    for (const [workspaceId, items] of byWorkspace) {
      let done: { w: Waiting; result: StoreResult }[];
      try {
        const results = await storeEvents(deps, workspaceId, items.map((w) => w.request));
        done = items.map((w, i) => ({ w, result: results[i]! }));
      } catch (err) {
        if (items.length === 1) {
          items[0]!.reject(err);
          continue;
        }
        done = [];
        for (const w of items) {
          try {
            done.push({ w, result: (await storeEvents(deps, workspaceId, [w.request]))[0]! });
          } catch (one) {
            w.reject(one);
          }
        }
      }
      for (const { w, result } of done) w.resolve(result);
      if (opts.afterWrite && done.length > 0) {
        await opts.afterWrite(done.map(({ w, result }) => ({ request: w.request, result }))).catch((err) => opts.logger?.warn('ingest debugger record failed', { error: String(err) }));
      }
    }
  }

  function start(): void {
    scheduled = false;
    while (active < parallel && queue.length > 0) {
      active++;
      void writeGroup(take()).finally(() => {
        active--;
        start();
      });
    }
    if (active === 0 && queue.length === 0) for (const done of idle.splice(0)) done();
  }

  return {
    write(request) {
      if (closed) return Promise.reject(new Error('the ingestion writer is closed'));
      return new Promise<StoreResult>((resolve, reject) => {
        queue.push({ request, resolve, reject });
        // setImmediate: requests parsed in the same turn of the event loop join the first write too.
        if (!scheduled && active < parallel) {
          scheduled = true;
          setImmediate(start);
        }
      });
    },
    async close() {
      closed = true;
      if (active > 0 || queue.length > 0) await new Promise<void>((r) => idle.push(r));
    },
  };
}
