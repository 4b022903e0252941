import { fileURLToPath } from 'node:url';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import { manualClock } from '@resonance/kernel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAuditEntry, listAuditEntries } from '../src/index.js';

const migrations = fileURLToPath(new URL('../migrations', import.meta.url));

describe.each(testDatabaseKinds())('audit list filters on %s', (kind) => {
  let db: TestDatabase;
  const clock = manualClock(new Date('2026-11-01T00:00:00.000Z'));
  const day = 86_400_000;

  beforeAll(async () => {
    db = await createTestDatabase(kind, [migrations]);
    const add = async (action: string, actorId: string, targetId: string, ws = 'ws_a') => {
      clock.advance(day);
      await appendAuditEntry(db, clock, { workspaceId: ws, actorType: 'user', actorId, action, targetType: action.split('.')[0], targetId, ip: '10.0.0.1', userAgent: 'UA' });
    };
    await add('member.invite', 'usr_1', 'inv_1'); // 11-02
    await add('member.role_change', 'usr_2', 'usr_9'); // 11-03
    await add('brand.create', 'usr_1', 'brand_1'); // 11-04
    await add('member_x.odd', 'usr_1', 'x_1'); // 11-05: "_" must not act as a LIKE wildcard
    await add('member.remove', 'usr_1', 'usr_9'); // 11-06
    await add('brand.create', 'usr_1', 'brand_2', 'ws_b'); // other workspace
  });
  afterAll(async () => db?.close());

  const actions = async (filters: Parameters<typeof listAuditEntries>[2], limit = 50) =>
    (await listAuditEntries(db, 'ws_a', filters, { limit })).items.map((i) => i.action);

  it('lists one workspace newest first, never another workspace', async () => {
    expect(await actions({})).toEqual(['member.remove', 'member_x.odd', 'brand.create', 'member.role_change', 'member.invite']);
    expect((await listAuditEntries(db, 'ws_none', {}, { limit: 50 })).items).toEqual([]);
  });

  it('filters by exact action and by prefix', async () => {
    expect(await actions({ action: 'brand.create' })).toEqual(['brand.create']);
    expect(await actions({ action: 'member.*' })).toEqual(['member.remove', 'member.role_change', 'member.invite']);
    expect(await actions({ action: 'member_*' })).toEqual(['member_x.odd']);
    expect(await actions({ action: '*' })).toHaveLength(5);
  });

  it('filters by actor, target and time range (from inclusive, to exclusive)', async () => {
    expect(await actions({ actorId: 'usr_2' })).toEqual(['member.role_change']);
    expect(await actions({ targetType: 'member', targetId: 'usr_9' })).toEqual(['member.remove', 'member.role_change']);
    expect(await actions({ from: new Date('2026-11-03T00:00:00Z'), to: new Date('2026-11-05T00:00:00Z') })).toEqual([
      'brand.create',
      'member.role_change',
    ]);
  });

  it('pages with a seq cursor', async () => {
    const first = await listAuditEntries(db, 'ws_a', {}, { limit: 2 });
    expect(first.items.map((i) => i.action)).toEqual(['member.remove', 'member_x.odd']);
    expect(first.nextCursor).toBe(String(first.items[1]!.seq));
    const second = await listAuditEntries(db, 'ws_a', {}, { limit: 2, cursor: first.nextCursor! });
    expect(second.items.map((i) => i.action)).toEqual(['brand.create', 'member.role_change']);
    const third = await listAuditEntries(db, 'ws_a', {}, { limit: 2, cursor: second.nextCursor! });
    expect(third.items.map((i) => i.action)).toEqual(['member.invite']);
    expect(third.nextCursor).toBeNull();
  });

  it('returns DTOs with ISO times and request metadata', async () => {
    const [item] = (await listAuditEntries(db, 'ws_a', { action: 'brand.create' }, { limit: 1 })).items;
    expect(item).toMatchObject({ createdAt: '2026-11-04T00:00:00.000Z', ip: '10.0.0.1', userAgent: 'UA', actorType: 'user', targetId: 'brand_1' });
    expect(item!.hash).toMatch(/^[0-9a-f]{64}$/);
  });
});
