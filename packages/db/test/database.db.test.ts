import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../src/testing.js';
import { migrate } from '../src/migrate.js';

const dir = mkdtempSync(join(tmpdir(), 'rsn-mig-'));
writeFileSync(join(dir, '202611220001_demo_init.sql'), `
  create table demo_items (id text primary key, n int not null, payload jsonb, at timestamptz);
  create table demo_counter (id int primary key, v bigint not null);
  insert into demo_counter values (1, 0);`);

describe.each(testDatabaseKinds())('database on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind, [dir]);
  });
  afterAll(async () => db?.close());

  it('applies migrations once', async () => {
    expect(await migrate(db, [dir])).toEqual([]);
    const rows = await db.query<{ name: string }>('select name from schema_migrations');
    expect(rows.map((r) => r.name)).toEqual(['202611220001_demo_init']);
  });

  it('bulk-loads rows with COPY, including quotes, JSON, nulls and Chinese text', async () => {
    const at = new Date('2026-01-02T03:04:05.000Z');
    const rows = Array.from({ length: 5000 }, (_, i) => [`id_${i}`, i, i % 2 ? { t: '引号"和,逗号', i } : null, at]);
    await db.copyRows('demo_items', ['id', 'n', 'payload', 'at'], rows);
    const [agg] = await db.query<{ c: number; s: number }>('select count(*) as c, sum(n) as s from demo_items');
    expect(agg).toEqual({ c: 5000, s: (4999 * 5000) / 2 });
    const [one] = await db.query<{ payload: { t: string }; at: Date }>(`select payload, at from demo_items where id = 'id_1'`);
    expect(one!.payload.t).toBe('引号"和,逗号');
    expect(one!.at.toISOString()).toBe(at.toISOString());
  });

  it('keeps transactions isolated from concurrent statements', async () => {
    const tx = db.kysely.transaction().execute(async (trx) => {
      await trx.updateTable('demo_counter').set({ v: 1 }).where('id', '=', 1).execute();
      await new Promise((r) => setTimeout(r, 50));
      throw new Error('roll back');
    });
    const outside = db.query<{ v: number }>('select v from demo_counter where id = 1');
    await expect(tx).rejects.toThrow('roll back');
    expect((await outside)[0]!.v).toBe(0);
  });
});
