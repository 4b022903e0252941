import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import type { JobDefinition, ModuleContext } from '@resonance/http';
import { createLogger } from '@resonance/kernel';
import { createJobRunner, listWorkspaceJobs, type JobRunner } from '../src/index.js';

const logger = createLogger({}, 'error');

/** Jobs only receive what they use here; anything else they touch throws. */
function jobContext(db: TestDatabase): ModuleContext {
  return new Proxy({ db, logger } as unknown as ModuleContext, {
    get: (t, k) => {
      if (k in t) return (t as any)[k];
      throw new Error(`job used ctx.${String(k)}`);
    },
  });
}

const until = async (cond: () => boolean | Promise<boolean>, ms = 30_000) => {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
};

describe.each(testDatabaseKinds())('job queue on %s', (kind) => {
  let db: TestDatabase;
  const runners: JobRunner[] = [];
  const runner = (work: boolean) => {
    const r = createJobRunner({ db, logger, work, schema: `jobs_${db.schema ?? 'embedded'}`, pollingIntervalSeconds: 0.5 });
    runners.push(r);
    return r;
  };
  afterEach(async () => {
    for (const r of runners.splice(0)) await r.stop();
    await db?.close();
  });

  it('retries a failing job with backoff, then keeps it visible as failed with its error', async () => {
    db = await createTestDatabase(kind, []);
    const attempts: number[] = [];
    const def: JobDefinition = {
      name: 'test.always-fails',
      retryLimit: 2,
      retryDelaySeconds: 1,
      retryBackoff: true,
      handler: async () => {
        attempts.push(Date.now());
        throw new Error('platform said no');
      },
    };
    const r = runner(true);
    await r.start([def], jobContext(db));
    await r.send('test.always-fails', { workspaceId: 'ws_jobs' });
    const schema = `jobs_${db.schema ?? 'embedded'}`;
    await until(async () => (await listWorkspaceJobs(db, 'ws_jobs', 'failed', 10, schema)).length === 1, 60_000);
    expect(attempts).toHaveLength(3);
    // exponential backoff: the second wait is longer than the first
    expect(attempts[2]! - attempts[1]!).toBeGreaterThan(attempts[1]! - attempts[0]!);
    const [failed] = await listWorkspaceJobs(db, 'ws_jobs', 'failed', 10, schema);
    expect(failed).toMatchObject({ name: 'test.always-fails', state: 'failed', retryCount: 2 });
    expect(failed!.error).toContain('platform said no');
    expect(await listWorkspaceJobs(db, 'ws_other', undefined, 10, schema)).toEqual([]);
  });

  it('runs a delayed job no earlier than asked, and a singleton key enqueues once', async () => {
    db = await createTestDatabase(kind, []);
    const ran: number[] = [];
    const r = runner(true);
    await r.start([{ name: 'test.delayed', handler: async () => void ran.push(Date.now()) }], jobContext(db));
    const sentAt = Date.now();
    const first = await r.send('test.delayed', { workspaceId: 'w' }, { startAfter: new Date(sentAt + 2000), singletonKey: 'once' });
    const second = await r.send('test.delayed', { workspaceId: 'w' }, { startAfter: new Date(sentAt + 2000), singletonKey: 'once' });
    expect(first).toBeTruthy();
    expect(second).toBeNull();
    await until(() => ran.length === 1);
    expect(ran[0]! - sentAt).toBeGreaterThanOrEqual(1900);
  });

  it('an api-role runner only enqueues; competing workers process every job exactly once', async () => {
    db = await createTestDatabase(kind, []);
    const seen = new Map<number, string[]>();
    const make = (who: string): JobDefinition => ({
      name: 'test.count',
      handler: async (data: { n: number }) => {
        seen.set(data.n, [...(seen.get(data.n) ?? []), who]);
        await new Promise((r) => setTimeout(r, 5));
      },
    });
    const api = runner(false);
    await api.start([make('api')], jobContext(db));
    const w1 = runner(true);
    const w2 = runner(true);
    await w1.start([make('w1')], jobContext(db));
    await w2.start([make('w2')], jobContext(db));
    for (let n = 0; n < 30; n++) await api.send('test.count', { workspaceId: 'w', n });
    await until(() => seen.size === 30, 60_000);
    await new Promise((r) => setTimeout(r, 1500));
    expect([...seen.values()].every((who) => who.length === 1)).toBe(true);
    expect([...seen.values()].flat()).not.toContain('api');
  });
});
