import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import { manualClock, type AppError } from '@resonance/kernel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNTS_MIGRATIONS_DIR, archiveBrand, createBrand, listBrands, updateBrand } from '../src/index.js';

const rejection = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (err) {
    return err as AppError;
  }
  throw new Error('expected a rejection');
};

describe.each(testDatabaseKinds())('brands on %s', (kind) => {
  let db: TestDatabase;
  const clock = manualClock(new Date('2026-11-22T02:00:00Z'));

  beforeAll(async () => {
    db = await createTestDatabase(kind, [ACCOUNTS_MIGRATIONS_DIR]);
  });
  afterAll(async () => db?.close());

  it('creates and lists brands per workspace', async () => {
    const a = await createBrand(db, 'ws_list', { name: '  Alpha 品牌 ', description: 'first' }, clock);
    clock.advance(1000);
    await createBrand(db, 'ws_list', { name: 'Beta' }, clock);
    await createBrand(db, 'ws_other', { name: 'Alpha 品牌' }, clock);
    expect(a).toMatchObject({ name: 'Alpha 品牌', description: 'first', workspaceId: 'ws_list', archivedAt: null });
    expect(a.id).toMatch(/^brand_/);
    expect((await listBrands(db, 'ws_list')).map((b) => b.name)).toEqual(['Alpha 品牌', 'Beta']);
  });

  it('keeps names unique per workspace (case-insensitive) among active brands', async () => {
    await createBrand(db, 'ws_u', { name: 'Gamma' }, clock);
    const err = await rejection(createBrand(db, 'ws_u', { name: 'gamma' }, clock));
    expect(err).toMatchObject({ status: 409, code: 'conflict' });
    expect(err.message).toContain('gamma');
    const other = await createBrand(db, 'ws_u', { name: 'Delta' }, clock);
    expect(await rejection(updateBrand(db, 'ws_u', other.id, { name: 'GAMMA' }))).toMatchObject({ status: 409 });
  });

  it('archiving hides a brand and frees its name', async () => {
    const b = await createBrand(db, 'ws_arch', { name: 'Old' }, clock);
    const archived = await archiveBrand(db, 'ws_arch', b.id, clock);
    expect(archived.archivedAt).toEqual(clock.now());
    expect(await listBrands(db, 'ws_arch')).toEqual([]);
    expect((await listBrands(db, 'ws_arch', { includeArchived: true })).map((x) => x.id)).toEqual([b.id]);
    await createBrand(db, 'ws_arch', { name: 'Old' }, clock);
    expect(await rejection(archiveBrand(db, 'ws_arch', b.id, clock))).toMatchObject({ status: 404 });
    expect(await rejection(updateBrand(db, 'ws_arch', b.id, { name: 'x' }))).toMatchObject({ status: 404 });
  });

  it('updates with before/after; another workspace’s brand is not found', async () => {
    const b = await createBrand(db, 'ws_upd', { name: 'Name', description: 'd' }, clock);
    const { before, after } = await updateBrand(db, 'ws_upd', b.id, { description: null });
    expect(before.description).toBe('d');
    expect(after).toMatchObject({ name: 'Name', description: null });
    const err = await rejection(updateBrand(db, 'ws_intruder', b.id, { name: 'Hijack' }));
    expect(err).toMatchObject({ status: 404 });
    expect(err.message).toContain(b.id);
    expect(await rejection(archiveBrand(db, 'ws_intruder', b.id, clock))).toMatchObject({ status: 404 });
  });
});
