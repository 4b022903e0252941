import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import { createSecretBox } from '@resonance/kernel';
import {
  canonicalFanId, findFanByIdentity, getConsent, getFan, insertFans, listFanMerges, listFans, mergeFans, resolveFan, setConsent, undoMerge,
} from '../src/index.js';

const migrations = fileURLToPath(new URL('../migrations', import.meta.url));
const secrets = createSecretBox([{ id: 'k1', key: randomBytes(32) }]);
const owner = { secrets, role: 'owner' as const };
const day = (d: number) => new Date(Date.UTC(2026, 0, d));
let n = 0;
const ws = () => `ws_m${++n}`;

describe.each(testDatabaseKinds())('merges on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind, [migrations]);
  });
  afterAll(async () => db?.close());

  it('admin merge joins two identified profiles; undo restores both exactly', async () => {
    const w = ws();
    const s = await resolveFan(db, secrets, w, { identities: [{ kind: 'external_id', value: 'u1' }], traits: { $set: { name: '阿橙', city: '上海' } }, at: day(1) });
    const m = await resolveFan(db, secrets, w, { identities: [{ kind: 'unionid', namespace: 'wx', value: 'U9' }, { kind: 'email', value: 'o@x.cn' }], traits: { $set: { city: '北京', vip: true } }, at: day(4) });
    await setConsent(db, w, m.fanId, { purpose: 'marketing.email', granted: true, source: 'h5_form', textVersion: 'v3', at: day(4) });
    const mergedBefore = await getFan(db, w, m.fanId, owner);
    const survivorBefore = await getFan(db, w, s.fanId, owner);

    const merge = await mergeFans(db, w, { survivorId: s.fanId, mergedId: m.fanId, actor: 'user_admin' });
    expect(merge).toMatchObject({ survivorId: s.fanId, mergedId: m.fanId, reason: 'admin', movedIdentities: 2 });
    expect(await canonicalFanId(db, w, m.fanId)).toBe(s.fanId);
    expect(await findFanByIdentity(db, w, { kind: 'email', value: 'o@x.cn' })).toBe(s.fanId);
    const joined = await getFan(db, w, m.fanId, owner);
    expect(joined.id).toBe(s.fanId);
    expect(joined.traits).toEqual({ name: '阿橙', city: '北京', vip: true });
    expect(joined.identities).toHaveLength(3);
    expect((await getConsent(db, w, s.fanId))['marketing.email']).toMatchObject({ granted: true, textVersion: 'v3' });
    expect((await listFans(db, w, { limit: 10 }, owner)).items.map((f) => f.id)).toEqual([s.fanId]);
    expect(await db.query('select fan_id, canonical_id from fan_aliases where workspace_id = $1', [w])).toEqual([{ fan_id: m.fanId, canonical_id: s.fanId }]);
    const history = await listFanMerges(db, w, s.fanId);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ id: merge.mergeId, actor: 'user_admin', undoneAt: null });
    expect(JSON.stringify(history[0]!.movedIdentities)).not.toContain('o@x.cn');

    const undo = await undoMerge(db, w, merge.mergeId, 'user_admin');
    expect(undo).toMatchObject({ survivorId: s.fanId, restoredId: m.fanId, restoredIdentities: 2 });
    expect(await getFan(db, w, m.fanId, owner)).toEqual(mergedBefore);
    expect(await getFan(db, w, s.fanId, owner)).toEqual({ ...survivorBefore, lastSeenAt: day(4).toISOString() });
    expect(await getConsent(db, w, s.fanId)).toEqual({});
    expect(await canonicalFanId(db, w, m.fanId)).toBe(m.fanId);
    expect(await db.query('select 1 from fan_aliases where workspace_id = $1', [w])).toEqual([]);
    expect((await listFanMerges(db, w, m.fanId))[0]!.undoneBy).toBe('user_admin');
    await expect(undoMerge(db, w, merge.mergeId, 'user_admin')).rejects.toMatchObject({ status: 409 });
  });

  it('undo keeps traits the survivor updated after the merge', async () => {
    const w = ws();
    const s = await resolveFan(db, secrets, w, { identities: [{ kind: 'anonymous_id', value: 'a1' }], at: day(1) });
    const m = await resolveFan(db, secrets, w, { identities: [{ kind: 'anonymous_id', value: 'a2' }], traits: { $set: { city: '成都', tier: 1 } }, at: day(2) });
    const merge = await mergeFans(db, w, { survivorId: s.fanId, mergedId: m.fanId, actor: 'user_admin' });
    await resolveFan(db, secrets, w, { identities: [{ kind: 'anonymous_id', value: 'a1' }], traits: { $set: { city: '重庆' } }, at: day(3) });
    await undoMerge(db, w, merge.mergeId, 'user_admin');
    expect((await getFan(db, w, s.fanId, owner)).traits).toEqual({ city: '重庆' });
    expect((await getFan(db, w, m.fanId, owner)).traits).toEqual({ city: '成都', tier: 1 });
  });

  it('follows merge chains and undoes them in order', async () => {
    const w = ws();
    const [a, b, c] = await Promise.all(['a', 'b', 'c'].map(async (v) => (await resolveFan(db, secrets, w, { identities: [{ kind: 'anonymous_id', value: v }] })).fanId));
    const m1 = await mergeFans(db, w, { survivorId: b!, mergedId: a!, actor: 'x' });
    const m2 = await mergeFans(db, w, { survivorId: c!, mergedId: b!, actor: 'x' });
    expect(await canonicalFanId(db, w, a!)).toBe(c);
    expect(await findFanByIdentity(db, w, { kind: 'anonymous_id', value: 'a' })).toBe(c);
    await expect(undoMerge(db, w, m1.mergeId, 'x')).rejects.toThrow('undo that merge first');
    await undoMerge(db, w, m2.mergeId, 'x');
    expect(await canonicalFanId(db, w, a!)).toBe(b);
    expect(await findFanByIdentity(db, w, { kind: 'anonymous_id', value: 'a' })).toBe(b);
    await undoMerge(db, w, m1.mergeId, 'x');
    expect(await canonicalFanId(db, w, a!)).toBe(a);
  });

  it('refuses merges that break limits, repeat, or cross workspaces', async () => {
    const w = ws();
    const u1 = await resolveFan(db, secrets, w, { identities: [{ kind: 'external_id', value: 'u1' }] });
    const u2 = await resolveFan(db, secrets, w, { identities: [{ kind: 'external_id', value: 'u2' }] });
    await expect(mergeFans(db, w, { survivorId: u1.fanId, mergedId: u2.fanId, actor: 'x' })).rejects.toMatchObject({ status: 409 });
    await expect(mergeFans(db, w, { survivorId: u1.fanId, mergedId: u1.fanId, actor: 'x' })).rejects.toThrow('mergedId');
    await expect(mergeFans(db, 'ws_other', { survivorId: u1.fanId, mergedId: u2.fanId, actor: 'x' })).rejects.toMatchObject({ status: 404 });
    await expect(undoMerge(db, w, 'fmerge_nope', 'x')).rejects.toMatchObject({ status: 404 });
    await expect(canonicalFanId(db, 'ws_other', u1.fanId)).rejects.toMatchObject({ status: 404 });
    const [legacy] = await insertFans(db, secrets, w, [{ displayName: 'bulk', traits: { a: 1 } }]);
    const m = await mergeFans(db, w, { survivorId: u1.fanId, mergedId: legacy!, actor: 'x' });
    await expect(mergeFans(db, w, { survivorId: u2.fanId, mergedId: legacy!, actor: 'x' })).rejects.toThrow(`merged into ${u1.fanId}`);
    expect(m.movedIdentities).toBe(0);
  });

  it('records consent per purpose, newest decision wins, validated', async () => {
    const w = ws();
    const { fanId } = await resolveFan(db, secrets, w, { identities: [{ kind: 'anonymous_id', value: 'a1' }] });
    await setConsent(db, w, fanId, { purpose: 'analytics', granted: true, source: 'banner', textVersion: '2026-01', at: day(5) });
    const after = await setConsent(db, w, fanId, { purpose: 'analytics', granted: false, source: 'import', textVersion: '2025-12', at: day(2) });
    expect(after.analytics).toEqual({ granted: true, at: day(5).toISOString(), source: 'banner', textVersion: '2026-01' });
    await setConsent(db, w, fanId, { purpose: 'analytics', granted: false, source: 'settings', textVersion: '2026-01', at: day(6) });
    expect((await getConsent(db, w, fanId)).analytics!.granted).toBe(false);
    await expect(setConsent(db, w, fanId, { purpose: 'Bad Purpose', granted: true, source: 's', textVersion: 'v' })).rejects.toThrow('purpose');
    await expect(setConsent(db, w, fanId, { purpose: 'x', granted: true, source: ' ', textVersion: 'v' })).rejects.toThrow('source');
    await expect(setConsent(db, 'ws_other', fanId, { purpose: 'x', granted: true, source: 's', textVersion: 'v' })).rejects.toMatchObject({ status: 404 });
  });
});
