import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { appendAuditEntry } from '@resonance/audit';
import { createPGliteDatabase } from '@resonance/db';
import { systemClock } from '@resonance/kernel';

const BIN = fileURLToPath(new URL('../bin/resonance.mjs', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'rsn-cli-'));

function resonance(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, RESONANCE_DATA_DIR: dataDir, DATABASE_URL: '', RESONANCE_LOG_LEVEL: 'error' },
    timeout: 120_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Open the CLI's embedded database between commands (never while a command runs). */
async function withEmbedded<T>(fn: (db: Awaited<ReturnType<typeof createPGliteDatabase>>) => Promise<T>): Promise<T> {
  const db = await createPGliteDatabase(join(dataDir, 'pglite'));
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

describe('the resonance CLI on the embedded database', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  let workspaceId = '';

  it('migrates, then reports the database up to date', () => {
    const first = resonance('migrate');
    expect(first.code, first.err).toBe(0);
    expect(first.out).toMatch(/applied \d+ migration/);
    expect(resonance('migrate').out).toContain('up to date');
  });

  it('creates a user who owns a new workspace', () => {
    const r = resonance('user', 'create', '--email', 'ops@example.com', '--name', '运营 Ops', '--password', 'long-enough-pw', '--new-workspace', '测试品牌');
    expect(r.code, r.err).toBe(0);
    workspaceId = r.out.match(/workspace (ws_\w+)/)![1]!;
  });

  it('refuses a short password and names the field', () => {
    const r = resonance('user', 'create', '--email', 'x@example.com', '--name', 'X', '--password', 'short');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/password/);
  });

  it('prints an API token for a workspace and role, and refuses an unknown role', () => {
    const r = resonance('token', 'create', '--workspace', workspaceId, '--role', 'analyst');
    expect(r.code, r.err).toBe(0);
    expect(r.out.trim()).toMatch(/^rsn_pat_\S+$/);
    const bad = resonance('token', 'create', '--workspace', workspaceId, '--role', 'boss');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('--role must be one of');
  });

  it('creates an event source and prints its write key; refuses an unknown workspace', () => {
    const r = resonance('source', 'create', '--workspace', workspaceId, '--name', 'Website', '--kind', 'web');
    expect(r.code, r.err).toBe(0);
    expect(r.out.trim()).toMatch(/^wk_\S+$/);
    const bad = resonance('source', 'create', '--workspace', 'ws_nope', '--name', 'X');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('--workspace: no workspace ws_nope');
  });

  it('verifies the audit chain, and exits 1 naming the entry once a row is altered', async () => {
    await withEmbedded(async (db) => {
      for (const name of ['a', 'b', 'c']) {
        await appendAuditEntry(db, systemClock, { workspaceId, actorType: 'system', actorId: null, action: 'brand.create', after: { name } });
      }
    });
    const ok = resonance('audit', 'verify');
    expect(ok.code, ok.err).toBe(0);
    expect(ok.out).toContain('intact');
    await withEmbedded(async (db) => {
      // what an attacker with superuser rights would do: disable the append-only trigger and edit
      await db.exec(`alter table audit_log disable trigger user; update audit_log set after = '{"name":"x"}' where action = 'brand.create' and after->>'name' = 'b'; alter table audit_log enable trigger user;`);
    });
    const bad = resonance('audit', 'verify', '--workspace', workspaceId);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/TAMPERED[\s\S]*hash_mismatch/);
  });

  it('seeds a small demo data set', async () => {
    const r = resonance('seed', '--fans', '150', '--days', '7', '--seed', '3');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/\d+ fans, \d+ posts, \d+ events/);
    const rejected = resonance('seed', '--fans', 'many');
    expect(rejected.code).toBe(1);
    expect(rejected.err).toContain('--fans must be a positive whole number');
  });
});
