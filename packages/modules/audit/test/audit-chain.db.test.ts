import { fileURLToPath } from 'node:url';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import { manualClock } from '@resonance/kernel';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GENESIS_HASH, appendAuditEntry, createAuditLog, verifyAuditChain } from '../src/index.js';

const migrations = fileURLToPath(new URL('../migrations', import.meta.url));

describe.each(testDatabaseKinds())('audit hash chain on %s', (kind) => {
  let db: TestDatabase;
  const clock = manualClock(new Date('2026-11-22T01:00:00.000Z'));
  const append = (workspaceId: string | null, action: string, after?: unknown) => {
    clock.advance(1000);
    return appendAuditEntry(db, clock, { workspaceId, actorType: 'user', actorId: 'usr_1', action, targetType: 'brand', targetId: 'brand_1', after });
  };

  beforeEach(async () => {
    db = await createTestDatabase(kind, [migrations]);
  });
  afterEach(async () => db?.close());

  it('links entries per workspace, the system chain separately, and verifies', async () => {
    const a1 = await append('ws_a', 'brand.create', { name: 'A' });
    const s1 = await append(null, 'user.create');
    const a2 = await append('ws_a', 'brand.update', { name: 'A2' });
    const b1 = await append('ws_b', 'brand.create');
    expect(a1.prevHash).toBe(GENESIS_HASH);
    expect(s1.prevHash).toBe(GENESIS_HASH);
    expect(b1.prevHash).toBe(GENESIS_HASH);
    expect(a2.prevHash).toBe(a1.hash);
    expect([a1.chainSeq, a2.chainSeq]).toEqual([1, 2]);
    expect(await verifyAuditChain(db, { all: true })).toEqual({ ok: true, chains: 3, checked: 4, broken: [] });
    expect(await verifyAuditChain(db, { workspaceId: 'ws_a' })).toEqual({ ok: true, chains: 1, checked: 2, broken: [] });
    expect(await verifyAuditChain(db, { workspaceId: null })).toMatchObject({ ok: true, checked: 1 });
  });

  it('refuses UPDATE, DELETE and TRUNCATE in the database', async () => {
    const e = await append('ws_a', 'brand.create', { name: 'A' });
    await expect(db.query(`update audit_log set after = '{"name":"B"}' where id = $1`, [e.id])).rejects.toThrow(/append-only/);
    await expect(db.query('delete from audit_log where id = $1', [e.id])).rejects.toThrow(/append-only/);
    await expect(db.exec('truncate audit_log')).rejects.toThrow(/append-only/);
    expect(await db.query('select after from audit_log')).toEqual([{ after: { name: 'A' } }]);
  });

  it("detects an edited entry (trigger dropped, as a superuser could) as hash_mismatch at that seq", async () => {
    await append('ws_a', 'brand.create', { name: 'A' });
    const edited = await append('ws_a', 'brand.update', { name: 'B' });
    await append('ws_a', 'brand.update', { name: 'C' });
    await db.exec('drop trigger audit_log_append_only on audit_log');
    await db.query(`update audit_log set after = '{"name":"Z"}' where id = $1`, [edited.id]);
    expect(await verifyAuditChain(db, { workspaceId: 'ws_a' })).toEqual({
      ok: false,
      chains: 1,
      checked: 3,
      broken: [{ workspaceId: 'ws_a', seq: edited.seq, id: edited.id, reason: 'hash_mismatch' }],
    });
  });

  it('detects a deleted entry as link_mismatch at the entry after it', async () => {
    await append('ws_a', 'a.1');
    const gone = await append('ws_a', 'a.2');
    const next = await append('ws_a', 'a.3');
    await append('ws_b', 'b.1');
    await db.exec('drop trigger audit_log_append_only on audit_log');
    await db.query('delete from audit_log where id = $1', [gone.id]);
    const res = await verifyAuditChain(db, { all: true });
    expect(res.ok).toBe(false);
    expect(res.broken).toEqual([{ workspaceId: 'ws_a', seq: next.seq, id: next.id, reason: 'link_mismatch' }]);
  });

  it('detects a renumbered chain position as sequence_gap', async () => {
    await append('ws_a', 'a.1');
    const second = await append('ws_a', 'a.2');
    await db.exec('drop trigger audit_log_append_only on audit_log');
    await db.query('update audit_log set chain_seq = 5 where id = $1', [second.id]);
    const res = await verifyAuditChain(db, { workspaceId: 'ws_a' });
    expect(res.broken.map((b) => b.reason)).toEqual(['sequence_gap', 'hash_mismatch']);
  });

  it('keeps one unforked chain under 50 concurrent appends to two chains', async () => {
    const log = createAuditLog(db, clock);
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        log.append({ workspaceId: i % 2 ? 'ws_a' : 'ws_b', actorType: 'system', actorId: null, action: `job.${i}` }),
      ),
    );
    const res = await verifyAuditChain(db, { all: true });
    expect(res).toEqual({ ok: true, chains: 2, checked: 50, broken: [] });
    const positions = await db.query<{ workspace_id: string; n: number; max: number; prevs: number }>(
      `select workspace_id, count(*)::int as n, max(chain_seq)::int as max, count(distinct prev_hash)::int as prevs
       from audit_log group by workspace_id order by workspace_id`,
    );
    expect(positions).toEqual([
      { workspace_id: 'ws_a', n: 25, max: 25, prevs: 25 },
      { workspace_id: 'ws_b', n: 25, max: 25, prevs: 25 },
    ]);
  });

  it('redacts secrets before storing and hashing, keeping the rest of before/after as given', async () => {
    const e = await append('ws_a', 'account.update', { name: 'OA', credentials: { appSecret: 'x' }, nested: { accessToken: 't', count: 2 } });
    const [row] = await db.query<{ after: unknown }>('select after from audit_log where id = $1', [e.id]);
    expect(row!.after).toEqual({ name: 'OA', credentials: '[redacted]', nested: { accessToken: '[redacted]', count: 2 } });
    expect(JSON.stringify(await db.query('select * from audit_log'))).not.toMatch(/"x"|"t"/);
    expect((await verifyAuditChain(db, { workspaceId: 'ws_a' })).ok).toBe(true);
  });
});
