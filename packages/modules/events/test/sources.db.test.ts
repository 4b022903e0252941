import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import { manualClock } from '@resonance/kernel';
import { authenticateWriteKey, createSource, getSource, listSources, revokeSource } from '../src/index.js';

const migrations = fileURLToPath(new URL('../migrations', import.meta.url));

describe.each(testDatabaseKinds())('event sources on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind, [migrations]);
  });
  afterAll(async () => db?.close());

  it('creates a source whose key is shown once and stored only as a hash', async () => {
    const s = await createSource(db, 'ws_a', { name: 'Website', kind: 'web' });
    expect(s.id).toMatch(/^src_/);
    expect(s.writeKey).toMatch(/^wk_[A-Za-z0-9_-]{40,}$/);
    expect(s.keyPrefix).toBe(s.writeKey.slice(0, 11));
    const [row] = await db.query<Record<string, unknown>>('select * from event_sources where id = $1', [s.id]);
    expect(JSON.stringify(row)).not.toContain(s.writeKey);
    expect(row!.key_hash).toMatch(/^[0-9a-f]{64}$/);
    expect((await listSources(db, 'ws_a')).map((x) => x.id)).toEqual([s.id]);
    expect(JSON.stringify(await listSources(db, 'ws_a'))).not.toContain(s.writeKey);
  });

  it('authenticates a live key and refuses unknown or revoked ones with 401', async () => {
    const clock = manualClock(new Date('2026-11-22T01:00:00Z'));
    const s = await createSource(db, 'ws_b', { name: 'Server', kind: 'server' }, clock);
    expect((await authenticateWriteKey(db, s.writeKey)).id).toBe(s.id);
    await expect(authenticateWriteKey(db, 'wk_nope')).rejects.toMatchObject({ status: 401 });
    await expect(authenticateWriteKey(db, undefined)).rejects.toMatchObject({ status: 401 });
    const revoked = await revokeSource(db, 'ws_b', s.id, clock);
    expect(revoked.revokedAt?.toISOString()).toBe('2026-11-22T01:00:00.000Z');
    await expect(authenticateWriteKey(db, s.writeKey)).rejects.toMatchObject({ status: 401 });
  });

  it("treats another workspace's source as not found", async () => {
    const s = await createSource(db, 'ws_c', { name: 'Mini', kind: 'miniprogram' });
    await expect(getSource(db, 'ws_other', s.id)).rejects.toMatchObject({ status: 404 });
    await expect(revokeSource(db, 'ws_other', s.id)).rejects.toMatchObject({ status: 404 });
    expect((await getSource(db, 'ws_c', s.id)).revokedAt).toBeNull();
  });

  it('validates name and kind naming the field', async () => {
    await expect(createSource(db, 'ws_a', { name: ' ', kind: 'web' })).rejects.toThrow('body.name');
    await expect(createSource(db, 'ws_a', { name: 'x', kind: 'tv' as 'web' })).rejects.toThrow('body.kind');
  });
});
