import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import { createSecretBox, manualClock } from '@resonance/kernel';
import { getConsent, listConsentRecords, mergeFans, recordConsent, resolveFan, setConsent, undoMerge } from '../src/index.js';

const migrations = fileURLToPath(new URL('../migrations', import.meta.url));
const secrets = createSecretBox([{ id: 'k1', key: randomBytes(32) }]);
const day = (d: number) => new Date(Date.UTC(2026, 0, d));
let n = 0;
const ws = () => `ws_c${++n}`;

describe.each(testDatabaseKinds())('consent records on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind, [migrations]);
  });
  afterAll(async () => db?.close());

  const person = (w: string, external: string) => resolveFan(db, secrets, w, { identities: [{ kind: 'external_id', value: external }], at: day(1) });

  it('keeps every decision, also an older one that does not change the current flag', async () => {
    const w = ws();
    const { fanId } = await person(w, 'u1');
    const clock = manualClock(day(20));
    await recordConsent(db, w, fanId, { purpose: 'marketing.sms', granted: true, source: 'h5_form', textVersion: 'v1', at: day(5), actor: 'user_a' }, clock);
    await recordConsent(db, w, fanId, { purpose: 'marketing.sms', granted: false, source: '小程序设置页', textVersion: 'v2', at: day(9), actor: 'user_b' }, clock);
    // an import delivers an older decision after the newer one: recorded, current flag unchanged
    const late = await recordConsent(db, w, fanId, { purpose: 'marketing.sms', granted: true, source: 'crm_import', textVersion: 'v1', at: day(7) }, clock);
    expect(late.consent['marketing.sms']).toEqual({ granted: false, at: day(9).toISOString(), source: '小程序设置页', textVersion: 'v2' });
    expect(late.record).toMatchObject({ fanId, purpose: 'marketing.sms', granted: true, source: 'crm_import', recordedAt: day(7).toISOString(), createdAt: day(20).toISOString(), actor: 'system' });

    const records = await listConsentRecords(db, w, fanId);
    expect(records.map((r) => [r.recordedAt, r.granted, r.source, r.textVersion, r.actor])).toEqual([
      [day(9).toISOString(), false, '小程序设置页', 'v2', 'user_b'],
      [day(7).toISOString(), true, 'crm_import', 'v1', 'system'],
      [day(5).toISOString(), true, 'h5_form', 'v1', 'user_a'],
    ]);
    expect((await getConsent(db, w, fanId))['marketing.sms']!.granted).toBe(false);
  });

  it('refuses invalid input without writing a record', async () => {
    const w = ws();
    const { fanId } = await person(w, 'u1');
    await expect(setConsent(db, w, fanId, { purpose: 'Marketing!', granted: true, source: 's', textVersion: 'v1' })).rejects.toMatchObject({ status: 400 });
    await expect(setConsent(db, w, fanId, { purpose: 'ok', granted: true, source: ' ', textVersion: 'v1' })).rejects.toMatchObject({ status: 400 });
    await expect(setConsent(db, w, 'fan_nope', { purpose: 'ok', granted: true, source: 's', textVersion: 'v1' })).rejects.toMatchObject({ status: 404 });
    expect(await listConsentRecords(db, w, fanId)).toEqual([]);
  });

  it('records follow the canonical profile through a merge, and go back with an undo', async () => {
    const w = ws();
    const a = await person(w, 'ua');
    const b = await resolveFan(db, secrets, w, { identities: [{ kind: 'unionid', namespace: 'wx', value: 'ub' }], at: day(1) });
    await setConsent(db, w, a.fanId, { purpose: 'analytics', granted: true, source: 'web', textVersion: 'v1', at: day(2) });
    await setConsent(db, w, b.fanId, { purpose: 'marketing.email', granted: true, source: 'app', textVersion: 'v3', at: day(3) });
    const merge = await mergeFans(db, w, { survivorId: a.fanId, mergedId: b.fanId, actor: 'user_admin' });
    // recorded through the merged id: lands on the survivor
    await setConsent(db, w, b.fanId, { purpose: 'analytics', granted: false, source: 'web', textVersion: 'v2', at: day(4) });

    const viaSurvivor = await listConsentRecords(db, w, a.fanId);
    expect(viaSurvivor.map((r) => [r.fanId, r.purpose, r.granted])).toEqual([
      [a.fanId, 'analytics', false],
      [b.fanId, 'marketing.email', true],
      [a.fanId, 'analytics', true],
    ]);
    expect(await listConsentRecords(db, w, b.fanId)).toEqual(viaSurvivor);

    await undoMerge(db, w, merge.mergeId, 'user_admin');
    expect((await listConsentRecords(db, w, b.fanId)).map((r) => r.purpose)).toEqual(['marketing.email']);
    expect((await listConsentRecords(db, w, a.fanId)).map((r) => [r.purpose, r.granted])).toEqual([['analytics', false], ['analytics', true]]);
  });

  it('keeps workspaces apart', async () => {
    const w1 = ws();
    const w2 = ws();
    const { fanId } = await person(w1, 'u1');
    await setConsent(db, w1, fanId, { purpose: 'analytics', granted: true, source: 'web', textVersion: 'v1' });
    await expect(listConsentRecords(db, w2, fanId)).rejects.toMatchObject({ status: 404 });
  });
});
