import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import { createSecretBox } from '@resonance/kernel';
import { findFanByIdentity, getFan, resolveFan, setIdentityRules, type IdentityInput } from '../src/index.js';

const migrations = fileURLToPath(new URL('../migrations', import.meta.url));
const secrets = createSecretBox([{ id: 'k1', key: randomBytes(32) }]);
const owner = { secrets, role: 'owner' as const };
let n = 0;
const ws = () => `ws_r${++n}`;
const anon = (value: unknown): IdentityInput => ({ kind: 'anonymous_id', value });
const ext = (value: unknown): IdentityInput => ({ kind: 'external_id', value });

describe.each(testDatabaseKinds())('resolveFan on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind, [migrations]);
  });
  afterAll(async () => db?.close());

  it('creates a fan for new identities and finds it again by any of them', async () => {
    const w = ws();
    const a = await resolveFan(db, secrets, w, { identities: [anon('a1'), { kind: 'phone', value: '138 0013 8000' }], traits: { $set: { name: '小鹿' } } });
    expect(a.created).toBe(true);
    expect(a.linked.map((l) => l.value).sort()).toEqual(['+8613800138000', 'a1']);
    const b = await resolveFan(db, secrets, w, { identities: [{ kind: 'phone', value: '+86 138-0013-8000' }] });
    expect(b).toMatchObject({ fanId: a.fanId, created: false, linked: [], merged: [], conflicts: [] });
    expect(await findFanByIdentity(db, w, { kind: 'phone', value: '+8613800138000' })).toBe(a.fanId);
    const fan = await getFan(db, w, a.fanId, owner);
    expect(fan.displayName).toBe('小鹿');
    expect(fan.identities.find((i) => i.kind === 'phone')!.value).toBe('+8613800138000');
    const raw = await db.query<{ value: string }>(`select value from fan_identities where workspace_id = $1 and kind = 'phone'`, [w]);
    expect(raw[0]!.value).toMatch(/^h1:/);
  });

  it('identify: the anonymous profile gets the known identifier', async () => {
    const w = ws();
    const a = await resolveFan(db, secrets, w, { identities: [anon('a1')] });
    const r = await resolveFan(db, secrets, w, { identities: [ext('u1'), anon('a1')] }, { reason: 'identify' });
    expect(r).toMatchObject({ fanId: a.fanId, created: false, merged: [], linked: [{ kind: 'external_id', value: 'u1' }] });
  });

  it('identify merges an anonymous profile into the identified one that owns the user id', async () => {
    const w = ws();
    const known = await resolveFan(db, secrets, w, { identities: [ext('u1')], traits: { $set: { plan: 'pro' } }, at: new Date('2026-01-01T00:00:00Z') });
    const guest = await resolveFan(db, secrets, w, { identities: [anon('a2')], traits: { $set: { city: '杭州', plan: 'free' } }, at: new Date('2026-01-03T00:00:00Z') });
    const r = await resolveFan(db, secrets, w, { identities: [anon('a2'), ext('u1')], at: new Date('2026-01-02T00:00:00Z') }, { reason: 'identify', actor: 'src_web' });
    expect(r.fanId).toBe(known.fanId);
    expect(r.merged).toEqual([expect.objectContaining({ survivorId: known.fanId, mergedId: guest.fanId, reason: 'identify', movedIdentities: 1 })]);
    const fan = await getFan(db, w, guest.fanId, owner);
    expect(fan.id).toBe(known.fanId);
    expect(fan.traits).toEqual({ plan: 'free', city: '杭州' });
    expect(fan.firstSeenAt).toBe('2026-01-01T00:00:00.000Z');
    expect(fan.lastSeenAt).toBe('2026-01-03T00:00:00.000Z');
  });

  it('a shared identifier links two anonymous profiles into the older one', async () => {
    const w = ws();
    const a = await resolveFan(db, secrets, w, { identities: [anon('a1'), { kind: 'email', value: 'Li@Example.com' }] });
    const b = await resolveFan(db, secrets, w, { identities: [{ kind: 'platform_user', namespace: 'acct_1', value: 'wb_9' }] });
    const r = await resolveFan(db, secrets, w, { identities: [{ kind: 'platform_user', namespace: 'acct_1', value: 'wb_9' }, { kind: 'email', value: ' li@example.COM ' }] });
    expect(r.fanId).toBe(a.fanId);
    expect(r.merged[0]).toMatchObject({ survivorId: a.fanId, mergedId: b.fanId, reason: 'shared_identifier' });
  });

  it('never merges two identified profiles and reports the conflict', async () => {
    const w = ws();
    const u1 = await resolveFan(db, secrets, w, { identities: [ext('u1'), anon('a1')] });
    const u2 = await resolveFan(db, secrets, w, { identities: [ext('u2')] });
    const r = await resolveFan(db, secrets, w, { identities: [ext('u2'), anon('a1')] });
    expect(r.fanId).toBe(u2.fanId);
    expect(r.merged).toEqual([]);
    expect(r.conflicts).toEqual([{ identity: { kind: 'anonymous_id', namespace: '', value: 'a1' }, fanId: u1.fanId, reason: 'identified' }]);
    const union = await resolveFan(db, secrets, w, { identities: [{ kind: 'unionid', namespace: 'wx_open', value: 'o6_U' }] });
    const r2 = await resolveFan(db, secrets, w, { identities: [ext('u2'), { kind: 'unionid', namespace: 'wx_open', value: 'o6_U' }] });
    expect(r2).toMatchObject({ fanId: u2.fanId, merged: [], conflicts: [{ fanId: union.fanId, reason: 'identified' }] });
  });

  it('a second external id makes a separate profile instead of joining one that has an external id', async () => {
    const w = ws();
    const u1 = await resolveFan(db, secrets, w, { identities: [ext('u1'), anon('dev1')] });
    const r = await resolveFan(db, secrets, w, { identities: [anon('dev1'), ext('u2')] });
    expect(r.created).toBe(true);
    expect(r.fanId).not.toBe(u1.fanId);
    expect(r.conflicts).toEqual([{ identity: { kind: 'anonymous_id', namespace: '', value: 'dev1' }, fanId: u1.fanId, reason: 'identified' }]);
    const perFan = await db.query<{ n: number }>(`select count(*)::int as n from fan_identities where workspace_id = $1 and kind = 'external_id' group by fan_id`, [w]);
    expect(perFan.every((row) => row.n === 1)).toBe(true);
  });

  it('gives the highest-priority identity its own profile when it cannot join (default priority: email before anonymous id)', async () => {
    const w = ws();
    await setIdentityRules(db, w, { priority: ['external_id', 'unionid', 'platform_user', 'phone', 'email', 'anonymous_id'], identifying: ['external_id'], limits: { email: 1 } });
    const a = await resolveFan(db, secrets, w, { identities: [{ kind: 'email', value: 'a@x.io' }, anon('a1')] });
    const r = await resolveFan(db, secrets, w, { identities: [anon('a1'), { kind: 'email', value: 'b@x.io' }] });
    expect(r).toMatchObject({ created: true, merged: [], conflicts: [{ identity: { kind: 'anonymous_id', value: 'a1' }, fanId: a.fanId, reason: 'limit' }] });
  });

  it('applies configured limits and priorities', async () => {
    const w = ws();
    await setIdentityRules(db, w, {
      priority: ['platform_user', 'external_id', 'unionid', 'phone', 'anonymous_id', 'email'],
      identifying: ['external_id'],
      limits: { external_id: 1, email: 1 },
    });
    const a = await resolveFan(db, secrets, w, { identities: [{ kind: 'email', value: 'a@x.io' }, anon('a1')] });
    const r = await resolveFan(db, secrets, w, { identities: [anon('a1'), { kind: 'email', value: 'b@x.io' }] });
    expect(r.fanId).toBe(a.fanId);
    expect(r.conflicts).toEqual([{ identity: { kind: 'email', namespace: '', value: 'b@x.io' }, fanId: a.fanId, reason: 'limit' }]);
    const b = await resolveFan(db, secrets, w, { identities: [{ kind: 'email', value: 'c@x.io' }] });
    const m = await resolveFan(db, secrets, w, { identities: [anon('a1'), { kind: 'email', value: 'c@x.io' }] });
    expect(m).toMatchObject({ fanId: a.fanId, merged: [], conflicts: [{ fanId: b.fanId, reason: 'limit' }] });
    await expect(setIdentityRules(db, w, { priority: ['email'], identifying: [], limits: {} })).rejects.toThrow('identityRules.priority');
    await expect(setIdentityRules(db, w, { priority: ['platform_user', 'external_id', 'unionid', 'phone', 'email', 'anonymous_id'], identifying: [], limits: { email: 0 } })).rejects.toThrow('identityRules.limits.email');
  });

  it('ignores junk values: they neither link nor create', async () => {
    const w = ws();
    const a = await resolveFan(db, secrets, w, { identities: [ext('u1'), anon('null')] });
    const b = await resolveFan(db, secrets, w, { identities: [ext('u2'), anon('NULL'), { kind: 'external_id', value: 0 }] });
    expect(b.fanId).not.toBe(a.fanId);
    expect(a.ignored).toEqual([1]);
    expect(b.ignored).toEqual([1, 2]);
    await expect(resolveFan(db, secrets, w, { identities: [anon(' undefined '), ext('[object Object]'), anon(null), ext(-1)] })).rejects.toThrow('identities');
    expect((await db.query(`select 1 from fan_identities where workspace_id = $1 and value in ('null', 'NULL', '0')`, [w]))).toEqual([]);
  });

  it('validates input naming the field', async () => {
    const w = ws();
    await expect(resolveFan(db, secrets, w, { identities: [{ kind: 'phone', value: '12345' }] })).rejects.toThrow('identities[0].value: is not a phone number');
    await expect(resolveFan(db, secrets, w, { identities: [anon('a'), { kind: 'email', value: 'nope' }] })).rejects.toThrow('identities[1].value');
    await expect(resolveFan(db, secrets, w, { identities: [{ kind: 'platform_user', value: 'x' }] })).rejects.toThrow('identities[0].namespace');
    await expect(resolveFan(db, secrets, w, { identities: [{ kind: 'external_id', namespace: 'n', value: 'x' }] })).rejects.toThrow('identities[0].namespace');
    await expect(resolveFan(db, secrets, w, { identities: [{ kind: 'bogus' as never, value: 'x' }] })).rejects.toThrow('identities[0].kind');
    await expect(resolveFan(db, secrets, w, { identities: [anon('a')], traits: { $set: 'x' as never } })).rejects.toThrow('traits.$set');
    expect(await db.query('select 1 from fans where workspace_id = $1', [w])).toEqual([]);
  });

  it('keeps traits per update time: $set ignores older values, $set_once only fills gaps', async () => {
    const w = ws();
    const id = [anon('a1')];
    const t = (d: number) => new Date(Date.UTC(2026, 0, d));
    const { fanId } = await resolveFan(db, secrets, w, { identities: id, traits: { $set: { city: '上海' }, $set_once: { firstSource: 'ad' } }, at: t(5) });
    await resolveFan(db, secrets, w, { identities: id, traits: { $set: { city: '北京' }, $set_once: { firstSource: 'organic' } }, at: t(3) });
    await resolveFan(db, secrets, w, { identities: id, traits: { $set: { level: 2 } }, at: t(7) });
    const fan = await getFan(db, w, fanId, owner);
    expect(fan.traits).toEqual({ city: '上海', firstSource: 'ad', level: 2 });
    expect(fan.firstSeenAt).toBe(t(3).toISOString());
    expect(fan.lastSeenAt).toBe(t(7).toISOString());
    const [row] = await db.query<{ trait_times: Record<string, string> }>('select trait_times from fans where id = $1', [fanId]);
    expect(row!.trait_times).toEqual({ city: t(5).toISOString(), firstSource: t(5).toISOString(), level: t(7).toISOString() });
  });

  it('20 concurrent resolves of the same new identifier create one fan', async () => {
    const w = ws();
    await resolveFan(db, secrets, w, { identities: [ext('warm-up')] }); // settings row exists: nothing else serialises the resolves
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => resolveFan(db, secrets, w, { identities: [ext('same'), anon(`dev${i}`)] })));
    expect(new Set(results.map((r) => r.fanId)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const [c] = await db.query<{ n: number }>('select count(*)::int as n from fans where workspace_id = $1', [w]);
    expect(c!.n).toBe(2);
  });
});
