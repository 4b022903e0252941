import { randomBytes } from 'node:crypto';
import { ACCOUNTS_MIGRATIONS_DIR, connectAccount, createBrand, disconnectAccount, loadAccountConnection } from '@resonance/accounts';
import { createSandboxConnector } from '@resonance/connector-sandbox';
import type { Connector } from '@resonance/connector-sdk';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import type { ModuleContext } from '@resonance/http';
import { createSecretBox, manualClock } from '@resonance/kernel';
import { insertPublications, publishingModule } from '@resonance/publishing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTakedown } from './content-takedown.js';

const secrets = createSecretBox([{ id: 'k1', key: randomBytes(32) }]);
const clock = manualClock(new Date('2026-11-24T02:00:00Z'));
const WS = 'ws_takedown';

/** The takedown port: deletes through a connector that can, marks the rest needs_attention with the reason. */
describe.each(testDatabaseKinds())('content takedown on %s', (kind) => {
  let db: TestDatabase;
  const sandbox = createSandboxConnector({ seed: 7, clock });
  // the same simulated platform under another id, declaring no delete capability
  const noDelete: Connector = Object.assign(Object.create(sandbox) as Connector, {
    platform: 'nodelete',
    capabilities: { ...sandbox.capabilities, delete: false },
  });
  const failing: Connector = Object.assign(Object.create(sandbox) as Connector, {
    platform: 'failing',
    deletePost: async () => {
      throw new Error('rate limited');
    },
  });
  const connectors = new Map<string, Connector>([['sandbox', sandbox]]);
  const ids: Record<string, string> = {};
  let ctx: ModuleContext;

  beforeAll(async () => {
    db = await createTestDatabase(kind, [ACCOUNTS_MIGRATIONS_DIR, publishingModule.migrationsDir!]);
    ctx = { db, secrets, clock } as unknown as ModuleContext;
    const deps = { db, secrets, clock, connectors, publicUrl: 'http://x' };
    const brand = await createBrand(db, WS, { name: 'B' });
    for (const name of ['live', 'nodelete', 'failing', 'gone']) {
      ids[name] = (await connectAccount(deps, WS, { brandId: brand.id, platform: 'sandbox', name, credentials: {} })).id;
    }
    await disconnectAccount(deps, WS, ids.gone!);
  });
  afterAll(async () => db?.close());

  it('removes what it can and says why for the rest', async () => {
    const live = await loadAccountConnection(db, secrets, WS, ids.live!);
    const post = await sandbox.publish({ account: { remoteAccountId: live.account.remoteAccountId!, tokens: live.credentials } }, { text: '将被删除', idempotencyKey: 'k-live' });
    const pub = (account: string, remoteId: string | null, status: 'published' | 'failed' = 'published') => ({
      accountId: ids[account]!, text: 't', status, publishedAt: status === 'published' ? clock.now() : undefined, idempotencyKey: `${account}-${status}`, remoteId, contentId: 'cnt_1',
    });
    await insertPublications(db, WS, [pub('live', post.remoteId), pub('nodelete', 'r2'), pub('failing', 'r3'), pub('gone', 'r4'), pub('live', null, 'failed')]);
    // platforms by account: route two accounts to the wrapped connectors
    await db.query(`update accounts set platform = 'nodelete' where id = $1`, [ids.nodelete]);
    await db.query(`update accounts set platform = 'failing' where id = $1`, [ids.failing]);
    const takedown = createTakedown(new Map<string, Connector>([['sandbox', sandbox], ['nodelete', noDelete], ['failing', failing]]));

    const outcomes = await takedown(db, ctx, WS, 'cnt_1');
    const byAccount = Object.fromEntries(outcomes.map((o) => [Object.keys(ids).find((k) => ids[k] === o.accountId), o]));
    expect(Object.keys(byAccount).sort()).toEqual(['failing', 'gone', 'live', 'nodelete']); // the failed publication is not live
    expect(byAccount.live).toMatchObject({ outcome: 'removed', reason: null });
    expect(byAccount.nodelete).toMatchObject({ outcome: 'needs_attention', reason: expect.stringContaining('does not let us delete') });
    expect(byAccount.failing).toMatchObject({ outcome: 'needs_attention', reason: expect.stringContaining('rate limited') });
    expect(byAccount.gone).toMatchObject({ outcome: 'needs_attention', reason: expect.stringContaining('disconnected') });
    expect(sandbox.publishLog().find((e) => e.idempotencyKey === 'k-live')?.deleted).toBe(true);

    const rows = await db.query<{ account_id: string; status: string }>('select account_id, status from publications where content_id = $1 order by status', ['cnt_1']);
    expect(rows.map((r) => r.status).sort()).toEqual(['deleted', 'failed', 'needs_attention', 'needs_attention', 'needs_attention']);
    // a second takedown retries only what is still live
    expect((await takedown(db, ctx, WS, 'cnt_1')).map((o) => o.outcome)).toEqual(['needs_attention', 'needs_attention', 'needs_attention']);
    expect(await takedown(db, ctx, 'ws_other', 'cnt_1')).toEqual([]);
  });
});
