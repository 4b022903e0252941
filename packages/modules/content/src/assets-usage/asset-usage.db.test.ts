import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import { assetUsage } from '../items/asset-usage.js';

const migrations = fileURLToPath(new URL('../../migrations', import.meta.url));

async function item(db: TestDatabase, ws: string, id: string, media: unknown[], updatedAt: string, status = 'draft') {
  await db.query(
    `insert into content_items (id, workspace_id, title, body, media, owner_id, status, created_at, updated_at)
     values ($1, $2, $3, '', $4::jsonb, 'usr_1', $5, $6, $6)`,
    [id, ws, `title ${id}`, JSON.stringify(media), status, updatedAt],
  );
}

async function variant(db: TestDatabase, ws: string, id: string, contentId: string, media: unknown[]) {
  await db.query(
    `insert into content_variants (id, workspace_id, content_id, account_id, platform, media, created_at, updated_at)
     values ($1, $2, $3, $4, 'sandbox', $5::jsonb, now(), now())`,
    [id, ws, contentId, `acc_${id}`, JSON.stringify(media)],
  );
}

/** The where-used port the assets module receives (implemented by H3 in items/asset-usage.ts). */
describe.each(testDatabaseKinds())('assetUsage on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind, [migrations]);
    await item(db, 'ws_a', 'cnt_master', [{ assetId: 'ast_1' }, { assetId: 'ast_2' }], '2026-11-01T00:00:00Z', 'approved');
    await item(db, 'ws_a', 'cnt_variant', [], '2026-11-02T00:00:00Z');
    await variant(db, 'ws_a', 'var_1', 'cnt_variant', [{ assetId: 'ast_1', crop: '1:1' }]);
    await variant(db, 'ws_a', 'var_2', 'cnt_variant', [{ assetId: 'ast_1' }]); // two variants: still one item
    await item(db, 'ws_a', 'cnt_other', [{ assetId: 'ast_10' }], '2026-11-03T00:00:00Z');
    await item(db, 'ws_b', 'cnt_foreign', [{ assetId: 'ast_1' }], '2026-11-04T00:00:00Z');
  });
  afterAll(async () => db?.close());

  it('finds items using an asset in the master or a variant, once each, latest change first', async () => {
    expect(await assetUsage(db, 'ws_a', 'ast_1')).toEqual([
      { contentId: 'cnt_variant', title: 'title cnt_variant', status: 'draft' },
      { contentId: 'cnt_master', title: 'title cnt_master', status: 'approved' },
    ]);
    expect(await assetUsage(db, 'ws_a', 'ast_2')).toEqual([{ contentId: 'cnt_master', title: 'title cnt_master', status: 'approved' }]);
  });

  it('matches ids exactly and stays inside the workspace', async () => {
    expect(await assetUsage(db, 'ws_a', 'ast_')).toEqual([]);
    expect(await assetUsage(db, 'ws_b', 'ast_2')).toEqual([]);
    expect((await assetUsage(db, 'ws_b', 'ast_1')).map((u) => u.contentId)).toEqual(['cnt_foreign']);
  });
});
