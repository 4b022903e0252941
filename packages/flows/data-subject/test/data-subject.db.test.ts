import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import { ANALYTICS_MIGRATIONS_DIR } from '@resonance/analytics';
import { EVENTS_MIGRATIONS_DIR, storeEvents, type IngestEvent } from '@resonance/events';
import { fansModule, mergeFans, resolveFan, setConsent } from '@resonance/fans';
import { createSecretBox, manualClock } from '@resonance/kernel';
import { eraseFanData, EXPORT_FORMAT, fanExportText, prepareFanExport } from '../src/index.js';

const secrets = createSecretBox([{ id: 'k1', key: randomBytes(32) }]);
const NOW = new Date('2026-11-23T04:00:00Z');
const clock = manualClock(NOW);
const at = (h: number) => new Date(Date.UTC(2026, 10, 20, h));
let n = 0;
const ws = () => `ws_dsf${++n}`;

describe.each(testDatabaseKinds())('data-subject export and erasure on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind, [EVENTS_MIGRATIONS_DIR, fansModule.migrationsDir!, ANALYTICS_MIGRATIONS_DIR]);
  });
  afterAll(async () => db?.close());

  const store = (w: string, events: IngestEvent[]) =>
    storeEvents({ db, secrets }, w, [{ target: { workspaceId: w, sourceId: 'src_web', platform: 'web' }, events, receivedAt: at(12) }]);
  const ev = (messageId: string, fanId: string | null, properties: Record<string, unknown>, h = 9): IngestEvent => ({ name: 'Order Completed', messageId, occurredAt: at(h), fanId, properties });

  /** 王芳: an identified profile with e-mail and phone, an anonymous profile merged into it, a pending anonymous event; 张伟 is someone else. */
  async function seed(w: string) {
    const main = await resolveFan(db, secrets, w, {
      identities: [{ kind: 'external_id', value: 'member-1001' }, { kind: 'email', value: 'wang.fang@example.cn' }, { kind: 'phone', value: '13912345678' }],
      traits: { $set: { name: '王芳', city: '成都' } },
      at: at(1),
    });
    const anon = await resolveFan(db, secrets, w, { identities: [{ kind: 'anonymous_id', value: 'anon-wf' }], at: at(0) });
    await mergeFans(db, w, { survivorId: main.fanId, mergedId: anon.fanId, actor: 'user_admin' });
    await setConsent(db, w, main.fanId, { purpose: 'marketing.sms', granted: true, source: '会员注册页', textVersion: 'v2', at: at(2) });
    await setConsent(db, w, main.fanId, { purpose: 'marketing.sms', granted: false, source: '短信退订', textVersion: 'v2', at: at(5) });
    const other = await resolveFan(db, secrets, w, { identities: [{ kind: 'external_id', value: 'member-2002' }], traits: { $set: { name: '张伟' } }, at: at(1) });
    await store(w, [
      ev('e1', main.fanId, { $user_id: 'member-1001', revenue: 88, currency: 'CNY', $traits: { email: 'wang.fang@example.cn' } }),
      ev('e2', anon.fanId, { $anonymous_id: 'anon-wf', $type: 'page' }, 8),
      ev('e3', null, { $anonymous_id: 'anon-wf', $type: 'track', $context: { ip: '198.51.100.7' } }, 10),
      ev('e4', other.fanId, { $user_id: 'member-2002', revenue: 5 }),
      ev('e5', null, { $anonymous_id: 'anon-stranger' }),
    ]);
    return { main: main.fanId, anon: anon.fanId, other: other.fanId };
  }

  const count = async (sql: string, params: unknown[]) => (await db.query<{ n: number }>(sql, params))[0]!.n;

  it('exports one JSON document with everything: identities in clear, consent records, merges, all events incl. pending anonymous ones', async () => {
    const w = ws();
    const f = await seed(w);
    const exp = await prepareFanExport({ db, secrets, clock }, w, f.anon);
    expect(exp.fanId).toBe(f.main);
    expect(exp.counts).toEqual({ fans: 2, identities: 4, consentRecords: 2, merges: 1, events: 3 });
    const doc = JSON.parse(await fanExportText(exp));
    expect(doc).toMatchObject({ format: EXPORT_FORMAT, version: 1, workspaceId: w, fanId: f.main, exportedAt: NOW.toISOString() });
    expect(doc.fan.profile).toMatchObject({ id: f.main, displayName: '王芳', traits: { name: '王芳', city: '成都' } });
    expect(doc.fan.identities.map((i: { kind: string; value: string }) => `${i.kind}:${i.value}`).sort()).toEqual([
      'anonymous_id:anon-wf', 'email:wang.fang@example.cn', 'external_id:member-1001', 'phone:+8613912345678',
    ]);
    expect(doc.fan.consent['marketing.sms']).toMatchObject({ granted: false, source: '短信退订' });
    expect(doc.fan.consentRecords.map((r: { source: string }) => r.source)).toEqual(['短信退订', '会员注册页']);
    expect(doc.fan.merges).toHaveLength(1);
    expect(doc.fan.mergedProfiles.map((p: { id: string }) => p.id)).toEqual([f.anon]);
    expect(doc.events.map((e: { messageId: string }) => e.messageId)).toEqual(['e1', 'e2', 'e3']);
    expect(doc.events[2]).toMatchObject({ fanId: null, properties: { $anonymous_id: 'anon-wf', $context: { ip: '198.51.100.7' } } });
    expect(JSON.stringify(doc)).not.toMatch(/张伟|member-2002|anon-stranger/);
  });

  it('an export of a fan without events is still valid JSON', async () => {
    const w = ws();
    const { fanId } = await resolveFan(db, secrets, w, { identities: [{ kind: 'external_id', value: 'quiet' }], at: at(1) });
    const doc = JSON.parse(await fanExportText(await prepareFanExport({ db, secrets, clock }, w, fanId)));
    expect(doc.events).toEqual([]);
    await expect(prepareFanExport({ db, secrets, clock }, ws(), fanId)).rejects.toMatchObject({ status: 404 });
  });

  it('erase (delete) leaves nothing of the person: fan rows, identities, consent, merges, events', async () => {
    const w = ws();
    const f = await seed(w);
    const result = await eraseFanData({ db }, w, f.anon, 'delete');
    expect(result).toEqual({ fanId: f.main, mode: 'delete', fans: 2, identities: 4, consentRecords: 2, merges: 1, events: 3 });
    expect(await count('select count(*)::int as n from fans where workspace_id = $1 and id = any($2::text[])', [w, [f.main, f.anon]])).toBe(0);
    expect(await count('select count(*)::int as n from fan_identities where workspace_id = $1', [w])).toBe(1);
    expect(await count('select count(*)::int as n from fan_consent_records where workspace_id = $1', [w])).toBe(0);
    expect(await count('select count(*)::int as n from fan_merges where workspace_id = $1', [w])).toBe(0);
    expect(await count('select count(*)::int as n from fan_aliases where workspace_id = $1', [w])).toBe(0);
    const left = await db.query<{ message_id: string }>('select message_id from events where workspace_id = $1 order by message_id', [w]);
    expect(left.map((r) => r.message_id)).toEqual(['e4', 'e5']);
    await expect(eraseFanData({ db }, w, f.main, 'delete')).rejects.toMatchObject({ status: 404 });
  });

  it('erase (anonymise) keeps the events without anything identifying; the fan is gone; a resent message is not stored twice', async () => {
    const w = ws();
    const f = await seed(w);
    const result = await eraseFanData({ db }, w, f.main, 'anonymise');
    expect(result).toMatchObject({ fanId: f.main, mode: 'anonymise', fans: 2, events: 3 });
    expect(await count('select count(*)::int as n from fans where workspace_id = $1', [w])).toBe(1);
    const rows = await db.query<{ message_id: string; fan_id: string | null; properties: Record<string, unknown> }>(
      `select message_id, fan_id, properties from events where workspace_id = $1 and message_id in ('e1', 'e2', 'e3') order by message_id`,
      [w],
    );
    expect(rows.map((r) => [r.message_id, r.fan_id, r.properties])).toEqual([
      ['e1', null, { revenue: 88, currency: 'CNY', $anonymised: true }],
      ['e2', null, { $type: 'page', $anonymised: true }],
      ['e3', null, { $type: 'track', $anonymised: true }],
    ]);
    const all = JSON.stringify(await db.query('select * from events where workspace_id = $1 and message_id in ($2, $3, $4)', [w, 'e1', 'e2', 'e3']));
    for (const pii of ['member-1001', 'wang.fang', 'anon-wf', '198.51.100.7', f.main, f.anon]) expect(all).not.toContain(pii);
    const retry = await store(w, [ev('e1', null, { $user_id: 'member-1001', revenue: 88 }), ev('e3', null, { $anonymous_id: 'anon-wf' })]);
    expect(retry[0]).toMatchObject({ inserted: 0, duplicates: 2 });
    expect(await count('select count(*)::int as n from events where workspace_id = $1', [w])).toBe(5);
  });

  it('refuses an unknown mode', async () => {
    const w = ws();
    const f = await seed(w);
    await expect(eraseFanData({ db }, w, f.main, 'shred' as never)).rejects.toMatchObject({ status: 400 });
    expect(await count('select count(*)::int as n from fans where workspace_id = $1', [w])).toBe(3);
  });
});
