import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import { createSecretBox } from '@resonance/kernel';
import { findFanByIdentity, getFan, insertFanIdentities, insertFans, listFans } from '../src/index.js';

const migrations = fileURLToPath(new URL('../migrations', import.meta.url));
const secrets = createSecretBox([{ id: 'k1', key: randomBytes(32) }]);
const owner = { secrets, role: 'owner' as const };
const analyst = { secrets, role: 'analyst' as const };

describe.each(testDatabaseKinds())('fans on %s', (kind) => {
  let db: TestDatabase;
  let ids: string[];
  beforeAll(async () => {
    db = await createTestDatabase(kind, [migrations]);
    ids = await insertFans(db, secrets, 'ws_a', [
      {
        displayName: '小鹿爱吃糖',
        traits: { city: '上海' },
        firstSeenAt: new Date('2026-01-01T00:00:00Z'),
        identities: [
          { kind: 'platform_user', namespace: 'acct_1', value: 'sbx_u_1' },
          { kind: 'email', value: 'Li.Lei@Example.com' },
          { kind: 'phone', value: '+86 138 0013 8000' },
        ],
      },
      { displayName: 'maple_fox7', identities: [{ kind: 'platform_user', namespace: 'acct_2', value: 'sbx_u_2' }] },
      { displayName: '阿橙子' },
    ]);
    await insertFans(db, secrets, 'ws_b', [{ displayName: '别的工作区' }]);
  });
  afterAll(async () => db?.close());

  it('stores PII only encrypted, with a lookup hash', async () => {
    const rows = await db.query<{ kind: string; value: string; value_enc: string | null }>(
      `select kind, value, value_enc from fan_identities where workspace_id = 'ws_a' order by kind`,
    );
    const email = rows.find((r) => r.kind === 'email')!;
    expect(email.value).toMatch(/^h1:[0-9a-f]{64}$/);
    expect(email.value_enc).toMatch(/^v1\.k1\./);
    expect(JSON.stringify(rows)).not.toContain('example.com');
    expect(JSON.stringify(rows)).not.toContain('13800138000');
    expect(() => secrets.decrypt(email.value_enc!, { workspaceId: 'ws_b', purpose: 'fan.pii' })).toThrow();
  });

  it('finds a fan by any identity, PII by its normalised hash', async () => {
    expect(await findFanByIdentity(db, 'ws_a', { kind: 'email', value: 'li.lei@EXAMPLE.com' })).toBe(ids[0]);
    expect(await findFanByIdentity(db, 'ws_a', { kind: 'phone', value: '+8613800138000' })).toBe(ids[0]);
    expect(await findFanByIdentity(db, 'ws_a', { kind: 'platform_user', namespace: 'acct_2', value: 'sbx_u_2' })).toBe(ids[1]);
    expect(await findFanByIdentity(db, 'ws_b', { kind: 'email', value: 'li.lei@example.com' })).toBeNull();
  });

  it('masks e-mail and phone without fans.pii, shows them with it', async () => {
    const masked = await getFan(db, 'ws_a', ids[0]!, analyst);
    const email = masked.identities.find((i) => i.kind === 'email')!;
    const phone = masked.identities.find((i) => i.kind === 'phone')!;
    expect(email).toEqual({ kind: 'email', namespace: '', value: 'l*****@example.com', masked: true });
    expect(phone.value).toBe('+86138****8000');
    expect(masked.identities.find((i) => i.kind === 'platform_user')).toEqual({ kind: 'platform_user', namespace: 'acct_1', value: 'sbx_u_1', masked: false });
    const clear = await getFan(db, 'ws_a', ids[0]!, owner);
    expect(clear.identities.find((i) => i.kind === 'email')!.value).toBe('li.lei@example.com');
    expect(clear.traits).toEqual({ city: '上海' });
    expect(clear.firstSeenAt).toBe('2026-01-01T00:00:00.000Z');
  });

  it('lists newest first, searches names and pages with a cursor', async () => {
    const all = await listFans(db, 'ws_a', { limit: 50 }, analyst);
    expect(all.items.map((f) => f.id).sort()).toEqual([...ids].sort());
    expect(all.nextCursor).toBeNull();
    const p1 = await listFans(db, 'ws_a', { limit: 2 }, analyst);
    expect(p1.items).toHaveLength(2);
    const p2 = await listFans(db, 'ws_a', { limit: 2, cursor: p1.nextCursor! }, analyst);
    expect([...p1.items, ...p2.items].map((f) => f.id)).toEqual(all.items.map((f) => f.id));
    expect((await listFans(db, 'ws_a', { q: '橙', limit: 10 }, analyst)).items.map((f) => f.displayName)).toEqual(['阿橙子']);
    expect((await listFans(db, 'ws_a', { q: '%', limit: 10 }, analyst)).items).toEqual([]);
  });

  it("treats another workspace's fan as not found", async () => {
    await expect(getFan(db, 'ws_b', ids[0]!, owner)).rejects.toMatchObject({ status: 404 });
  });

  it('keeps one identity per (kind, namespace, value) and validates input', async () => {
    await expect(insertFanIdentities(db, secrets, 'ws_a', [{ fanId: ids[1]!, kind: 'email', value: 'LI.LEI@example.com' }])).rejects.toThrow();
    await expect(insertFans(db, secrets, 'ws_a', [{ displayName: ' ' }])).rejects.toThrow('fans[0].displayName');
    await expect(insertFans(db, secrets, 'ws_a', [{ displayName: 'x', identities: [{ kind: 'email', value: 'nope' }] }])).rejects.toThrow('fans[0].identities[0].value');
    await insertFanIdentities(db, secrets, 'ws_a', [{ fanId: ids[2]!, kind: 'unionid', namespace: 'wx_app', value: 'o6_bmjrPTlm6_2sgVt7hMZOPfL2M' }]);
    expect((await getFan(db, 'ws_a', ids[2]!, analyst)).identities).toHaveLength(1);
  });
});
