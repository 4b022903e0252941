import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createPGliteDatabase } from '@resonance/db';
import { storeEvents } from '@resonance/events';
import { resolveFan, setConsent } from '@resonance/fans';
import { createSecretBox } from '@resonance/kernel';

const BIN = fileURLToPath(new URL('../bin/resonance.mjs', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'rsn-cli-fan-'));
const key = randomBytes(32);
const secrets = createSecretBox([{ id: 'k1', key }]);

function resonance(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, RESONANCE_DATA_DIR: dataDir, DATABASE_URL: '', RESONANCE_LOG_LEVEL: 'error', RESONANCE_SECRET_KEY: `k1:${key.toString('base64')}` },
    timeout: 120_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

async function withEmbedded<T>(fn: (db: Awaited<ReturnType<typeof createPGliteDatabase>>) => Promise<T>): Promise<T> {
  const db = await createPGliteDatabase(join(dataDir, 'pglite'));
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

describe('resonance fan export / erase on the embedded database', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  let workspaceId = '';
  let fanId = '';

  it('sets up a workspace with a fan, consent and events', async () => {
    expect(resonance('migrate').code).toBe(0);
    const r = resonance('user', 'create', '--email', 'dpo@example.com', '--name', 'DPO', '--password', 'long-enough-pw', '--new-workspace', '隐私测试');
    expect(r.code, r.err).toBe(0);
    workspaceId = r.out.match(/workspace (ws_\w+)/)![1]!;
    await withEmbedded(async (db) => {
      const at = new Date('2026-11-20T08:00:00Z');
      fanId = (await resolveFan(db, secrets, workspaceId, { identities: [{ kind: 'email', value: 'chen.jing@example.cn' }, { kind: 'anonymous_id', value: 'anon-cj' }], traits: { $set: { name: '陈静' } }, at })).fanId;
      await setConsent(db, workspaceId, fanId, { purpose: 'marketing.email', granted: true, source: 'newsletter', textVersion: 'v1', at });
      await storeEvents({ db, secrets }, workspaceId, [{
        target: { workspaceId, sourceId: 'src_cli', platform: 'web' },
        receivedAt: at,
        events: [
          { name: 'Signed Up', messageId: 'c-1', occurredAt: at, fanId, properties: { email: 'chen.jing@example.cn', $type: 'track' } },
          { name: '$page', messageId: 'c-2', occurredAt: at, fanId: null, properties: { $anonymous_id: 'anon-cj' } },
        ],
      }]);
    });
  });

  it('exports to a file readable by the owner only, and to standard output', () => {
    const file = join(dataDir, 'fan.json');
    const r = resonance('fan', 'export', '--workspace', workspaceId, '--fan', fanId, '--out', file);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain(`exported fan ${fanId}`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(existsSync(`${file}.partial`)).toBe(false);
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    expect(doc.fan.identities.map((i: { value: string }) => i.value).sort()).toEqual(['anon-cj', 'chen.jing@example.cn']);
    expect(doc.fan.consentRecords).toHaveLength(1);
    expect(doc.events.map((e: { messageId: string }) => e.messageId)).toEqual(['c-1', 'c-2']);
    const stdout = resonance('fan', 'export', '--workspace', workspaceId, '--fan', fanId);
    expect(stdout.code, stdout.err).toBe(0);
    expect(JSON.parse(stdout.out).fanId).toBe(fanId);
  });

  it('refuses to erase without --yes, or with an unknown mode, and changes nothing', async () => {
    const noYes = resonance('fan', 'erase', '--workspace', workspaceId, '--fan', fanId, '--mode', 'delete');
    expect(noYes.code).toBe(1);
    expect(noYes.err).toContain('add --yes to confirm');
    const badMode = resonance('fan', 'erase', '--workspace', workspaceId, '--fan', fanId, '--mode', 'forget', '--yes');
    expect(badMode.code).toBe(1);
    expect(badMode.err).toContain('--mode must be one of delete, anonymise');
    await withEmbedded(async (db) => {
      expect(await db.query('select id from fans where workspace_id = $1', [workspaceId])).toEqual([{ id: fanId }]);
    });
  });

  it('erases (anonymise) and audits both commands as the cli, without personal data', async () => {
    const r = resonance('fan', 'erase', '--workspace', workspaceId, '--fan', fanId, '--mode', 'anonymise', '--yes');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('2 events anonymised');
    expect(resonance('fan', 'export', '--workspace', workspaceId, '--fan', fanId).err).toMatch(/fan not found/);
    await withEmbedded(async (db) => {
      expect(await db.query('select 1 from fans where workspace_id = $1', [workspaceId])).toEqual([]);
      const events = await db.query<{ fan_id: string | null; properties: unknown }>('select fan_id, properties from events where workspace_id = $1 order by seq', [workspaceId]);
      expect(events).toEqual([{ fan_id: null, properties: { $type: 'track', $anonymised: true } }, { fan_id: null, properties: { $anonymised: true } }]);
      const audit = await db.query<{ action: string; actor_type: string; actor_id: string; target_id: string }>(
        `select action, actor_type, actor_id, target_id from audit_log where workspace_id = $1 and action like 'fan.%' order by seq`,
        [workspaceId],
      );
      expect(audit).toEqual([
        { action: 'fan.export', actor_type: 'system', actor_id: 'cli', target_id: fanId },
        { action: 'fan.export', actor_type: 'system', actor_id: 'cli', target_id: fanId },
        { action: 'fan.erase', actor_type: 'system', actor_id: 'cli', target_id: fanId },
      ]);
      const all = JSON.stringify(await db.query('select * from audit_log where workspace_id = $1', [workspaceId]));
      for (const pii of ['chen.jing', 'anon-cj', '陈静']) expect(all).not.toContain(pii);
    });
  });
});
