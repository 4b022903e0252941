import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import { createSecretBox } from '@resonance/kernel';
import { eraseFanProfile, fanDataScope, fanRecord, findFanByIdentity, mergeFans, resolveFan, setConsent, undoMerge } from '../src/index.js';

const migrations = fileURLToPath(new URL('../migrations', import.meta.url));
const secrets = createSecretBox([{ id: 'k1', key: randomBytes(32) }]);
const day = (d: number) => new Date(Date.UTC(2026, 0, d));
let n = 0;
const ws = () => `ws_ds${++n}`;

describe.each(testDatabaseKinds())('data-subject records in the fans module on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind, [migrations]);
  });
  afterAll(async () => db?.close());

  const rows = async (w: string) => {
    const count = async (sql: string) => (await db.query<{ n: number }>(sql, [w]))[0]!.n;
    return {
      fans: await count('select count(*)::int as n from fans where workspace_id = $1'),
      identities: await count('select count(*)::int as n from fan_identities where workspace_id = $1'),
      consent: await count('select count(*)::int as n from fan_consent_records where workspace_id = $1'),
      merges: await count('select count(*)::int as n from fan_merges where workspace_id = $1'),
      aliases: await count('select count(*)::int as n from fan_aliases where workspace_id = $1'),
    };
  };

  it('fanRecord holds the whole person: merged profiles, decrypted identities, consent, records, merges', async () => {
    const w = ws();
    const main = await resolveFan(db, secrets, w, { identities: [{ kind: 'external_id', value: 'u-42' }, { kind: 'email', value: 'Li.Lei@Example.cn' }], traits: { $set: { name: '李雷', city: '杭州' } }, at: day(2) });
    const anon = await resolveFan(db, secrets, w, { identities: [{ kind: 'anonymous_id', value: 'anon-9' }, { kind: 'phone', value: '13800138000' }], at: day(1) });
    await setConsent(db, w, anon.fanId, { purpose: 'marketing.sms', granted: true, source: 'h5', textVersion: 'v1', at: day(1) });
    await mergeFans(db, w, { survivorId: main.fanId, mergedId: anon.fanId, actor: 'user_x' });
    const other = await resolveFan(db, secrets, w, { identities: [{ kind: 'unionid', namespace: 'wx', value: 'someone-else' }, { kind: 'email', value: 'else@example.cn' }], traits: { $set: { name: '韩梅梅' } }, at: day(3) });
    // an undone merge with someone else: listed, but without their snapshot or identities
    const wrong = await mergeFans(db, w, { survivorId: main.fanId, mergedId: other.fanId, actor: 'user_x' });
    await undoMerge(db, w, wrong.mergeId, 'user_x');

    const r = await fanRecord(db, secrets, w, anon.fanId);
    expect(r.fanId).toBe(main.fanId);
    expect(r.fanIds).toEqual([main.fanId, anon.fanId]);
    expect(r.anonymousIds).toEqual(['anon-9']);
    expect(r.profile).toMatchObject({ id: main.fanId, displayName: '李雷', traits: { name: '李雷', city: '杭州' }, mergedInto: null });
    expect(r.mergedProfiles.map((p) => [p.id, p.mergedInto])).toEqual([[anon.fanId, main.fanId]]);
    expect(r.identities.map((i) => [i.kind, i.value]).sort()).toEqual([
      ['anonymous_id', 'anon-9'], ['email', 'li.lei@example.cn'], ['external_id', 'u-42'], ['phone', '+8613800138000'],
    ]);
    expect(r.consent['marketing.sms']).toMatchObject({ granted: true, source: 'h5' });
    expect(r.consentRecords).toHaveLength(1);
    expect(r.merges).toHaveLength(2);
    const undone = r.merges.find((m) => m.id === wrong.mergeId)!;
    expect(undone.undoneBy).toBe('user_x');
    expect(undone.mergedSnapshot).toBeUndefined();
    expect(undone.movedIdentities).toBeUndefined();
    expect(undone.survivorSnapshot).toBeDefined();
    expect(JSON.stringify(r)).not.toMatch(/韩梅梅|someone-else|else@example/);
    expect(r.merges.find((m) => m.mergedId === anon.fanId)!.mergedSnapshot).toBeDefined();
  });

  it('eraseFanProfile deletes the person and everything attached, nothing of anyone else', async () => {
    const w = ws();
    const a = await resolveFan(db, secrets, w, { identities: [{ kind: 'external_id', value: 'erase-me' }, { kind: 'email', value: 'gone@example.cn' }], at: day(1) });
    const b = await resolveFan(db, secrets, w, { identities: [{ kind: 'anonymous_id', value: 'anon-e' }], at: day(1) });
    await mergeFans(db, w, { survivorId: a.fanId, mergedId: b.fanId, actor: 'u' });
    await setConsent(db, w, a.fanId, { purpose: 'analytics', granted: true, source: 'web', textVersion: 'v1' });
    const keep = await resolveFan(db, secrets, w, { identities: [{ kind: 'external_id', value: 'stay' }], at: day(1) });
    await setConsent(db, w, keep.fanId, { purpose: 'analytics', granted: true, source: 'web', textVersion: 'v1' });

    expect(await fanDataScope(db, w, b.fanId)).toEqual({ fanId: a.fanId, fanIds: [a.fanId, b.fanId], anonymousIds: ['anon-e'] });
    await expect(eraseFanProfile(db, w, b.fanId, { onlyIfCanonical: true })).rejects.toMatchObject({ status: 409 });
    const erased = await eraseFanProfile(db, w, b.fanId);
    expect(erased).toEqual({ fanId: a.fanId, fanIds: [a.fanId, b.fanId], anonymousIds: ['anon-e'], fans: 2, identities: 3, consentRecords: 1, merges: 1, aliases: 1 });
    expect(await rows(w)).toEqual({ fans: 1, identities: 1, consent: 1, merges: 0, aliases: 0 });
    expect(await findFanByIdentity(db, w, { kind: 'email', value: 'gone@example.cn' })).toBeNull();
    await expect(fanRecord(db, secrets, w, a.fanId)).rejects.toMatchObject({ status: 404 });
    await expect(eraseFanProfile(db, w, a.fanId)).rejects.toMatchObject({ status: 404 });
  });
});
