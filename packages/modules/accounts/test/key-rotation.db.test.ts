import { randomBytes } from 'node:crypto';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import { createSecretBox, manualClock } from '@resonance/kernel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNTS_MIGRATIONS_DIR, connectAccount, createBrand, listAccounts, loadAccountConnection, reencryptAccountCredentials } from '../src/index.js';

describe.each(testDatabaseKinds())('credential key rotation on %s', (kind) => {
  let db: TestDatabase;
  const clock = manualClock(new Date('2026-11-22T04:00:00Z'));
  const k1 = { id: 'k1', key: randomBytes(32) };
  const k2 = { id: 'k2', key: randomBytes(32) };

  beforeAll(async () => {
    db = await createTestDatabase(kind, [ACCOUNTS_MIGRATIONS_DIR]);
  });
  afterAll(async () => db?.close());

  it('old envelopes still decrypt after rotation, and rewrap moves them to the new key', async () => {
    const old = { db, secrets: createSecretBox([k1]), clock, connectors: new Map(), publicUrl: 'http://localhost:3000' };
    const ids: Record<string, string> = {};
    for (const ws of ['ws_1', 'ws_2']) {
      const brandId = (await createBrand(db, ws, { name: 'B' }, clock)).id;
      ids[ws] = (await connectAccount(old, ws, { brandId, platform: 'mastodon', credentials: { instanceUrl: 'https://m.example', accessToken: `tok-${ws}` } })).id;
    }
    const rotated = createSecretBox([k2, k1]);
    expect((await loadAccountConnection(db, rotated, 'ws_1', ids.ws_1!)).credentials.accessToken).toBe('tok-ws_1');

    expect(await reencryptAccountCredentials(db, rotated, 'ws_1')).toEqual({ rewrapped: 1 });
    expect((await listAccounts(db, 'ws_2'))[0]!.credentialsKeyId).toBe('k1');
    expect(await reencryptAccountCredentials(db, rotated)).toEqual({ rewrapped: 1 });
    expect(await reencryptAccountCredentials(db, rotated)).toEqual({ rewrapped: 0 });

    const onlyNew = createSecretBox([k2]);
    for (const ws of ['ws_1', 'ws_2']) {
      expect((await listAccounts(db, ws))[0]!.credentialsKeyId).toBe('k2');
      expect((await loadAccountConnection(db, onlyNew, ws, ids[ws]!)).credentials.accessToken).toBe(`tok-${ws}`);
    }
  });
});
