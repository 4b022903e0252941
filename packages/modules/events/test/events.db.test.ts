import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import { appendEvents, countEvents, withEventsBulkLoad, type NewEvent } from '../src/index.js';

const migrations = fileURLToPath(new URL('../migrations', import.meta.url));
const at = (iso: string) => new Date(iso);
const base: NewEvent = { name: 'like', occurredAt: at('2026-03-01T15:59:59Z'), sourceId: 'test', platform: 'sandbox' };

describe.each(testDatabaseKinds())('events on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind, [migrations]);
  });
  afterAll(async () => db?.close());

  it('appends in bulk with ids, properties (null when empty) and ordered seq', async () => {
    const n = await appendEvents(db, 'ws_a', [
      { ...base, fanId: 'fan_1', accountId: 'acct_1', publicationId: 'pub_1', properties: { text: '好评 "great", 逗号' } },
      { ...base, name: 'impression', properties: {} },
      { ...base, name: 'comment', messageId: 'm1' },
    ]);
    expect(n).toBe(3);
    const rows = await db.query<{ seq: number; name: string; fan_id: string | null; properties: unknown; occurred_at: Date }>(
      `select seq, name, fan_id, properties, occurred_at from events where workspace_id = 'ws_a' order by seq`,
    );
    expect(rows.map((r) => r.name)).toEqual(['like', 'impression', 'comment']);
    expect(rows[0]!.properties).toEqual({ text: '好评 "great", 逗号' });
    expect(rows[1]!.properties).toBeNull();
    expect(rows[1]!.fan_id).toBeNull();
    expect(rows[0]!.occurred_at.toISOString()).toBe('2026-03-01T15:59:59.000Z');
    expect(rows[1]!.seq).toBeGreaterThan(rows[0]!.seq);
  });

  it('rejects a bad event naming the field, writing nothing', async () => {
    await expect(appendEvents(db, 'ws_b', [base, { ...base, name: 'Bad Name' }])).rejects.toThrow('events[1].name');
    await expect(appendEvents(db, 'ws_b', [{ ...base, occurredAt: new Date('nope') }])).rejects.toThrow('events[0].occurredAt');
    expect(await countEvents(db, 'ws_b')).toBe(0);
  });

  it('stores one (source, message) once per workspace', async () => {
    await expect(appendEvents(db, 'ws_a', [{ ...base, messageId: 'm1', name: 'comment' }])).rejects.toThrow();
    await appendEvents(db, 'ws_other', [{ ...base, messageId: 'm1' }]);
    expect(await countEvents(db, 'ws_other')).toBe(1);
  });

  it('counts per workspace and name', async () => {
    expect(await countEvents(db, 'ws_a')).toBe(3);
    expect(await countEvents(db, 'ws_a', 'like')).toBe(1);
  });

  it('bulk load on an empty table rebuilds the same indexes', async () => {
    const fresh = await createTestDatabase(kind, [migrations]);
    try {
      const indexes = () =>
        fresh.query<{ indexdef: string }>(`select indexdef from pg_indexes where schemaname = current_schema() and tablename = 'events' order by indexname`);
      const before = await indexes();
      let during: { indexdef: string }[] = [];
      await withEventsBulkLoad(fresh, async () => {
        await appendEvents(fresh, 'ws_x', [base, base]);
        during = await indexes();
      });
      expect(during.length).toBe(before.length - 4);
      expect(await indexes()).toEqual(before);
      // not empty any more: runs without touching indexes
      await withEventsBulkLoad(fresh, async () => {
        expect(await indexes()).toEqual(before);
      });
    } finally {
      await fresh.close();
    }
  });
});

describe.each(testDatabaseKinds())('events received_at on %s', (kind) => {
  it('is the database time unless given, and then kept', async () => {
    const db = await createTestDatabase(kind, [migrations]);
    try {
      const given = new Date('2026-01-01T00:00:00Z');
      const before = Date.now() - 60_000;
      await appendEvents(db, 'ws_r', [{ ...base, name: 'a' }]);
      await appendEvents(db, 'ws_r', [{ ...base, name: 'b', receivedAt: given }, { ...base, name: 'c' }]);
      const rows = await db.query<{ name: string; received_at: Date }>(`select name, received_at from events order by name`);
      expect(rows[0]!.received_at.getTime()).toBeGreaterThan(before);
      expect(rows[1]!.received_at.toISOString()).toBe(given.toISOString());
      expect(rows[2]!.received_at.getTime()).toBeGreaterThan(before);
      await expect(appendEvents(db, 'ws_r', [{ ...base, receivedAt: new Date('x') }])).rejects.toThrow('events[0].receivedAt');
    } finally {
      await db.close();
    }
  });
});
