import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import { createSecretBox } from '@resonance/kernel';
import { fanMergeHistory, getFanProfile, insertFans, listFans, mergeFans, setConsent, undoMerge, type FanFilters } from '../src/index.js';

const migrations = fileURLToPath(new URL('../migrations', import.meta.url));
const secrets = createSecretBox([{ id: 'k1', key: randomBytes(32) }]);
const owner = { secrets, role: 'owner' as const };
const analyst = { secrets, role: 'analyst' as const };
const day = (d: number) => new Date(Date.UTC(2026, 0, d));
const W = 'ws_search';

describe.each(testDatabaseKinds())('fans search and profile on %s', (kind) => {
  let db: TestDatabase;
  let lu: string, maple: string, orange: string, twin: string, other: string;
  const names = async (filters: FanFilters, viewer = analyst) => (await listFans(db, W, { limit: 50, ...filters }, viewer)).items.map((f) => f.displayName);

  beforeAll(async () => {
    db = await createTestDatabase(kind, [migrations]);
    [lu, maple, orange, twin] = (await insertFans(db, secrets, W, [
      {
        displayName: '小鹿爱吃糖',
        traits: { city: '上海', interests: ['music', 'travel'] },
        lastSeenAt: day(10),
        identities: [
          { kind: 'platform_user', namespace: 'acct_1', value: 'sbx_u_1' },
          { kind: 'phone', value: '+8613800138000' },
          { kind: 'email', value: 'Li.Lei@Example.com' },
        ],
      },
      {
        displayName: 'Maple_Fox7',
        traits: { city: '北京', vip: true, level: 3, contact: { email: 'fox@example.cn' } },
        lastSeenAt: day(3),
        identities: [
          { kind: 'platform_user', namespace: 'acct_2', value: 'sbx_u_2' },
          { kind: 'external_id', value: 'crm-42' },
        ],
      },
      { displayName: '阿橙子', traits: { nickname: 'orange' }, identities: [{ kind: 'unionid', namespace: 'wx_app', value: 'U9' }] },
      { displayName: '小鹿二号', lastSeenAt: day(12), identities: [{ kind: 'anonymous_id', value: 'anon-7' }] },
    ])) as [string, string, string, string];
    [other] = (await insertFans(db, secrets, 'ws_other', [{ displayName: '小鹿爱吃糖', identities: [{ kind: 'phone', value: '+8613800138000' }] }])) as [string];
    await setConsent(db, W, lu!, { purpose: 'marketing.email', granted: true, source: 'h5_form', textVersion: 'v1', at: day(2) });
    await setConsent(db, W, maple!, { purpose: 'marketing.email', granted: false, source: 'h5_form', textVersion: 'v1', at: day(2) });
  });
  afterAll(async () => db?.close());

  it('searches display names by substring, Chinese and case-insensitive Latin', async () => {
    expect((await names({ q: '小鹿' })).sort()).toEqual(['小鹿二号', '小鹿爱吃糖']);
    expect(await names({ q: 'maple_fox' })).toEqual(['Maple_Fox7']);
    expect(await names({ q: 'le_f%' })).toEqual([]);
    expect(await names({ q: 'M_ple' })).toEqual([]);
  });

  it('finds a fan by a full phone number or e-mail in any common form, without decrypting', async () => {
    for (const q of ['13800138000', '+86 138 0013 8000', '+8613800138000', 'li.lei@EXAMPLE.com']) expect(await names({ q }), q).toEqual(['小鹿爱吃糖']);
    expect(await names({ q: '1380013800' })).toEqual([]); // a partial number is not an identity
    expect((await listFans(db, 'ws_other', { q: '13800138000', limit: 10 }, analyst)).items.map((f) => f.id)).toEqual([other]);
  });

  it('finds a fan by another identity value (exact), by fan id, and by trait values', async () => {
    expect(await names({ q: 'sbx_u_2' })).toEqual(['Maple_Fox7']);
    expect(await names({ q: 'crm-42' })).toEqual(['Maple_Fox7']);
    expect(await names({ q: 'U9' })).toEqual(['阿橙子']);
    expect(await names({ q: 'sbx_u' })).toEqual([]);
    expect(await names({ q: orange! })).toEqual(['阿橙子']);
    expect(await names({ q: '上海' })).toEqual(['小鹿爱吃糖']);
    expect(await names({ q: 'TRAVEL' })).toEqual(['小鹿爱吃糖']);
    expect(await names({ q: 'orange' })).toEqual(['阿橙子']);
    expect(await names({ q: 'nickname' })).toEqual([]); // keys are not values
  });

  it('filters by identity kind, account, consent, last seen and trait', async () => {
    expect(await names({ kind: 'email' })).toEqual(['小鹿爱吃糖']);
    expect(await names({ kind: 'unionid' })).toEqual(['阿橙子']);
    expect(await names({ accountId: 'acct_2' })).toEqual(['Maple_Fox7']);
    expect(await names({ accountId: 'acct_9' })).toEqual([]);
    expect(await names({ consent: 'marketing.email' })).toEqual(['小鹿爱吃糖']);
    expect(await names({ seenAfter: day(5) }).then((n) => n.sort())).toEqual(['小鹿二号', '小鹿爱吃糖']);
    expect(await names({ seenBefore: day(5) })).toEqual(['Maple_Fox7']);
    expect(await names({ seenAfter: day(3), seenBefore: day(11) }).then((n) => n.sort())).toEqual(['Maple_Fox7', '小鹿爱吃糖']);
    expect(await names({ trait: { key: 'city', value: '北京' } })).toEqual(['Maple_Fox7']);
    expect(await names({ trait: { key: 'vip', value: 'true' } })).toEqual(['Maple_Fox7']);
    expect(await names({ trait: { key: 'level', value: '3' } })).toEqual(['Maple_Fox7']);
    expect(await names({ trait: { key: 'interests', value: 'travel' } })).toEqual(['小鹿爱吃糖']);
    expect(await names({ trait: { key: 'city', value: '北' } })).toEqual([]);
    expect(await names({ q: '小鹿', kind: 'phone' })).toEqual(['小鹿爱吃糖']);
  });

  it('pages a filtered list with the cursor', async () => {
    const all = await listFans(db, W, { limit: 50, q: '小鹿' }, analyst);
    const p1 = await listFans(db, W, { limit: 1, q: '小鹿' }, analyst);
    const p2 = await listFans(db, W, { limit: 1, q: '小鹿', cursor: p1.nextCursor! }, analyst);
    expect(p2.nextCursor).toBeNull();
    expect([...p1.items, ...p2.items].map((f) => f.id)).toEqual(all.items.map((f) => f.id));
  });

  it('masks e-mail/phone-like trait values without fans.pii', async () => {
    const [masked] = (await listFans(db, W, { q: 'crm-42', limit: 5 }, analyst)).items;
    expect(masked!.traits.contact).toEqual({ email: 'f**@example.cn' });
    const [clear] = (await listFans(db, W, { q: 'crm-42', limit: 5 }, owner)).items;
    expect(clear!.traits.contact).toEqual({ email: 'fox@example.cn' });
  });

  it('profile: trait times, consent, merged fan ids; merged profiles leave the list and come back on undo', async () => {
    const merge = await mergeFans(db, W, { survivorId: lu!, mergedId: twin!, actor: 'user_admin' });
    expect(await names({ q: '小鹿' })).toEqual(['小鹿爱吃糖']);
    expect(await names({ q: 'anon-7' })).toEqual(['小鹿爱吃糖']); // the identity moved to the survivor
    const profile = await getFanProfile(db, W, twin!, analyst);
    expect(profile.id).toBe(lu);
    expect(profile.mergedFanIds).toEqual([lu, twin]);
    expect(profile.consent['marketing.email']).toMatchObject({ granted: true, source: 'h5_form', textVersion: 'v1' });
    expect(profile.lastSeenAt).toBe(day(12).toISOString());
    expect(profile.identities.find((i) => i.kind === 'phone')).toEqual({ kind: 'phone', namespace: '', value: '+86138****8000', masked: true });

    const history = await fanMergeHistory(db, W, lu!, analyst);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ id: merge.mergeId, survivorId: lu, mergedId: twin, reason: 'admin', actor: 'user_admin', undoneAt: null });
    expect(history[0]!.merged).toEqual({ displayName: '小鹿二号', traits: {}, firstSeenAt: null, lastSeenAt: day(12).toISOString() });
    expect(history[0]!.movedIdentities).toEqual([{ kind: 'anonymous_id', namespace: '', value: 'anon-7', masked: false }]);
    expect(await fanMergeHistory(db, W, twin!, analyst)).toHaveLength(1);

    await undoMerge(db, W, merge.mergeId, 'user_admin');
    expect((await names({ q: '小鹿' })).sort()).toEqual(['小鹿二号', '小鹿爱吃糖']);
    expect((await getFanProfile(db, W, lu!, analyst)).mergedFanIds).toEqual([lu]);
    expect((await fanMergeHistory(db, W, lu!, analyst))[0]!.undoneBy).toBe('user_admin');
  });

  it('profile keeps per-trait update times and shows moved PII identities masked by role', async () => {
    const [a, b] = await insertFans(db, secrets, W, [
      { displayName: 'pii-a', traits: { tier: 'gold' } },
      { displayName: 'pii-b', traits: { channel: 'h5' }, identities: [{ kind: 'email', value: 'b@x.cn' }] },
    ]);
    await db.query(`update fans set trait_times = '{"tier":"2026-01-05T00:00:00.000Z"}'::jsonb where workspace_id = $1 and id = $2`, [W, a]);
    expect((await getFanProfile(db, W, a!, analyst)).traitTimes).toEqual({ tier: '2026-01-05T00:00:00.000Z' });
    await mergeFans(db, W, { survivorId: a!, mergedId: b!, actor: 'user_admin' });
    const joined = await getFanProfile(db, W, a!, analyst);
    expect(joined.traits).toEqual({ tier: 'gold', channel: 'h5' });
    expect(joined.traitTimes).toEqual({ tier: '2026-01-05T00:00:00.000Z' }); // a bulk-loaded trait has no known time
    expect((await fanMergeHistory(db, W, a!, analyst))[0]!.movedIdentities).toEqual([{ kind: 'email', namespace: '', value: 'b**@x.cn', masked: true }]);
    expect((await fanMergeHistory(db, W, a!, owner))[0]!.movedIdentities).toEqual([{ kind: 'email', namespace: '', value: 'b@x.cn', masked: false }]);
    await db.query(`delete from fan_identities where workspace_id = $1 and fan_id = $2 and kind = 'email'`, [W, a]);
    expect((await fanMergeHistory(db, W, a!, owner))[0]!.movedIdentities).toEqual([{ kind: 'email', namespace: '', value: '***', masked: true }]);
  });

  it("answers 404 for another workspace's fan", async () => {
    await expect(getFanProfile(db, W, other!, owner)).rejects.toMatchObject({ status: 404 });
    await expect(fanMergeHistory(db, W, other!, owner)).rejects.toMatchObject({ status: 404 });
  });
});
