import { randomBytes } from 'node:crypto';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import { createSecretBox, manualClock, ValidationError, type AppError } from '@resonance/kernel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACCOUNTS_MIGRATIONS_DIR,
  connectAccount,
  createBrand,
  disconnectAccount,
  listAccounts,
  markAccountExpired,
  loadAccountConnection,
  updateAccount,
  type AccountsDeps,
} from '../src/index.js';
import { sandboxLikeConnector, strictConnector } from './strict-connector.js';

const rejection = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (err) {
    return err as AppError;
  }
  throw new Error('expected a rejection');
};

const OA_CREDENTIALS = { appId: 'wx1234567890abcdef', appSecret: 'oa-app-secret-PLAINTEXT', token: 'oa-token-PLAINTEXT', encodingAESKey: 'a'.repeat(43) };

describe.each(testDatabaseKinds())('accounts on %s', (kind) => {
  let db: TestDatabase;
  let deps: AccountsDeps;
  const clock = manualClock(new Date('2026-11-22T03:00:00Z'));
  const sandbox = sandboxLikeConnector();
  const bluesky = strictConnector({
    platform: 'bluesky',
    credentialFields: {
      needsCallbackUrl: false,
      fields: [
        { key: 'handle', label: { zh: '账号', en: 'Handle' }, secret: false },
        { key: 'appPassword', label: { zh: '应用密码', en: 'App password' }, secret: true },
      ],
    },
    connect: ({ credentials }) => ({
      remoteAccountId: `did:plc:${credentials.handle}`,
      handle: credentials.handle!,
      displayName: credentials.handle!,
      followers: 321,
      tokens: { accessJwt: `jwt-for-${credentials.handle}`, refreshJwt: 'refresh-PLAINTEXT' },
    }),
  });
  let brandA: string;
  let brandB: string;

  beforeAll(async () => {
    db = await createTestDatabase(kind, [ACCOUNTS_MIGRATIONS_DIR]);
    deps = {
      db,
      secrets: createSecretBox([{ id: 'k1', key: randomBytes(32) }]),
      clock,
      connectors: new Map([
        [sandbox.platform, sandbox],
        [bluesky.platform, bluesky],
      ]),
      publicUrl: 'https://rsn.example.com',
    };
    brandA = (await createBrand(db, 'ws_a', { name: 'Brand A' }, clock)).id;
    brandB = (await createBrand(db, 'ws_b', { name: 'Brand B' }, clock)).id;
  });
  afterAll(async () => db?.close());

  it('stores credentials of a platform without connector encrypted, as credentials_saved', async () => {
    const acct = await connectAccount(deps, 'ws_a', { brandId: brandA, platform: 'wechat_oa', credentials: OA_CREDENTIALS });
    expect(acct).toMatchObject({
      platform: 'wechat_oa',
      name: '微信公众号',
      status: 'credentials_saved',
      credentialFieldsSet: ['appId', 'appSecret', 'encodingAESKey', 'token'],
      credentialsKeyId: 'k1',
      remoteAccountId: null,
    });
    const [raw] = await db.query<Record<string, unknown>>('select * from accounts where id = $1', [acct.id]);
    const rawText = JSON.stringify(raw);
    for (const value of Object.values(OA_CREDENTIALS)) expect(rawText).not.toContain(value);
    expect(raw!.credentials_enc).toMatch(/^v1\.k1\./);
    expect((await loadAccountConnection(db, deps.secrets, 'ws_a', acct.id)).credentials).toEqual(OA_CREDENTIALS);
  });

  it('a ciphertext copied into another workspace’s account fails to decrypt', async () => {
    const source = await connectAccount(deps, 'ws_a', { brandId: brandA, platform: 'weibo', credentials: { appKey: 'k', appSecret: 'weibo-secret' } });
    const target = await connectAccount(deps, 'ws_b', { brandId: brandB, platform: 'weibo', credentials: { appKey: 'k2', appSecret: 'other' } });
    await db.query(
      `update accounts set credentials_enc = (select credentials_enc from accounts where id = $1) where id = $2`,
      [source.id, target.id],
    );
    expect(await rejection(loadAccountConnection(db, deps.secrets, 'ws_b', target.id))).toMatchObject({ code: 'secret_undecryptable' });
    expect((await loadAccountConnection(db, deps.secrets, 'ws_a', source.id)).credentials.appSecret).toBe('weibo-secret');
  });

  it('names each missing credential field', async () => {
    const err = await rejection(
      connectAccount(deps, 'ws_a', { brandId: brandA, platform: 'wechat_oa', credentials: { appId: 'wx1', appSecret: 's' } }),
    );
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).fields.map((f) => f.path)).toEqual(['body.credentials.token', 'body.credentials.encodingAESKey']);
    expect(await rejection(connectAccount(deps, 'ws_a', { brandId: brandA, platform: 'myspace' }))).toMatchObject({
      fields: [{ path: 'body.platform', message: 'unknown platform "myspace"' }],
    });
  });

  it("another workspace's brand is not found, naming the brand id", async () => {
    const err = await rejection(connectAccount(deps, 'ws_a', { brandId: brandB, platform: 'sandbox' }));
    expect(err).toMatchObject({ status: 404, code: 'not_found' });
    expect(err.message).toContain(brandB);
  });

  it('connects through a registered connector: tokens encrypted, remote identity stored, duplicates refused', async () => {
    const acct = await connectAccount(deps, 'ws_a', {
      brandId: brandA,
      platform: 'bluesky',
      credentials: { handle: 'brand.bsky.social', appPassword: 'app-pass-PLAINTEXT' },
    });
    expect(acct).toMatchObject({
      status: 'connected',
      remoteAccountId: 'did:plc:brand.bsky.social',
      handle: 'brand.bsky.social',
      followersAtConnect: 321,
      credentialFieldsSet: ['accessJwt', 'refreshJwt'],
      connectedAt: clock.now(),
    });
    expect(bluesky.connectCalls.at(-1)).toEqual({ credentials: { handle: 'brand.bsky.social', appPassword: 'app-pass-PLAINTEXT' } });
    const [raw] = await db.query<Record<string, unknown>>('select * from accounts where id = $1', [acct.id]);
    expect(JSON.stringify(raw)).not.toMatch(/PLAINTEXT|jwt-for/);
    expect((await loadAccountConnection(db, deps.secrets, 'ws_a', acct.id)).credentials.accessJwt).toBe('jwt-for-brand.bsky.social');

    const dup = await rejection(
      connectAccount(deps, 'ws_a', { brandId: brandA, platform: 'bluesky', credentials: { handle: 'brand.bsky.social', appPassword: 'x' } }),
    );
    expect(dup).toMatchObject({ status: 409 });
    expect(
      await rejection(connectAccount(deps, 'ws_a', { brandId: brandA, platform: 'bluesky', credentials: { handle: 'h' } })),
    ).toMatchObject({ fields: [{ path: 'body.credentials.appPassword' }] });
  });

  it('connects sandbox accounts with one click, passing what they simulate', async () => {
    const oa = await connectAccount(deps, 'ws_a', { brandId: brandA, platform: 'sandbox', name: '微信公众号 (sandbox)', simulates: 'wechat_oa' });
    const plain = await connectAccount(deps, 'ws_a', { brandId: brandA, platform: 'sandbox' });
    expect(oa).toMatchObject({ name: '微信公众号 (sandbox)', simulates: 'wechat_oa', status: 'connected' });
    expect(plain.simulates).toBeNull();
    expect(plain.name).toMatch(/^Sandbox generic/);
    expect(sandbox.connectCalls.slice(-2)).toEqual([{ credentials: { simulates: 'wechat_oa' } }, { credentials: {} }]);
    expect(await rejection(connectAccount(deps, 'ws_a', { brandId: brandA, platform: 'sandbox', simulates: 'myspace' }))).toMatchObject({
      fields: [{ path: 'body.simulates' }],
    });
    expect(
      await rejection(connectAccount(deps, 'ws_a', { brandId: brandA, platform: 'weibo', simulates: 'douyin', credentials: { appKey: 'a', appSecret: 'b' } })),
    ).toMatchObject({ fields: [{ path: 'body.simulates' }] });
  });

  it('disconnect wipes credentials; connecting the same remote account again revives it', async () => {
    const acct = await connectAccount(deps, 'ws_a', { brandId: brandA, platform: 'bluesky', credentials: { handle: 'again', appPassword: 'p' } });
    clock.advance(60_000);
    const { after } = await disconnectAccount(deps, 'ws_a', acct.id);
    expect(after).toMatchObject({ status: 'disconnected', credentialFieldsSet: [], credentialsKeyId: null, disconnectedAt: clock.now() });
    const [raw] = await db.query<{ credentials_enc: string | null }>('select credentials_enc from accounts where id = $1', [acct.id]);
    expect(raw!.credentials_enc).toBeNull();
    expect(await rejection(loadAccountConnection(db, deps.secrets, 'ws_a', acct.id))).toMatchObject({ status: 409 });
    expect((await disconnectAccount(deps, 'ws_a', acct.id)).after.status).toBe('disconnected');
    const back = await connectAccount(deps, 'ws_a', { brandId: brandA, platform: 'bluesky', credentials: { handle: 'again', appPassword: 'p2' } });
    expect(back).toMatchObject({ id: acct.id, status: 'connected', disconnectedAt: null });
  });

  it('updates name, brand and credentials (merged and re-encrypted); other workspaces see nothing', async () => {
    const acct = await connectAccount(deps, 'ws_a', { brandId: brandA, platform: 'wecom', credentials: { corpId: 'ww1', secret: 's1', agentId: '1000002', token: 't', encodingAESKey: 'e' } });
    const brandA2 = (await createBrand(db, 'ws_a', { name: 'Brand A2' }, clock)).id;
    const { before, after } = await updateAccount(deps, 'ws_a', acct.id, { name: 'WeCom HQ', brandId: brandA2, credentials: { secret: 's2' } });
    expect(before.name).toBe('企业微信');
    expect(after).toMatchObject({ name: 'WeCom HQ', brandId: brandA2, status: 'credentials_saved' });
    expect((await loadAccountConnection(db, deps.secrets, 'ws_a', acct.id)).credentials).toMatchObject({ corpId: 'ww1', secret: 's2' });
    expect(await rejection(updateAccount(deps, 'ws_a', acct.id, { brandId: brandB }))).toMatchObject({ status: 404 });
    expect(await rejection(updateAccount(deps, 'ws_b', acct.id, { name: 'x' }))).toMatchObject({ status: 404 });
    expect(await rejection(disconnectAccount(deps, 'ws_b', acct.id))).toMatchObject({ status: 404 });
    expect(await rejection(loadAccountConnection(db, deps.secrets, 'ws_b', acct.id))).toMatchObject({ status: 404 });
    expect((await listAccounts(db, 'ws_b')).every((a) => a.workspaceId === 'ws_b')).toBe(true);
  });

  it('refuses credentials of a different remote account when reconnecting; an expired account reconnects', async () => {
    const acct = await connectAccount(deps, 'ws_a', { brandId: brandA, platform: 'bluesky', credentials: { handle: 'one', appPassword: 'p' } });
    expect(await rejection(updateAccount(deps, 'ws_a', acct.id, { credentials: { handle: 'two', appPassword: 'p' } }))).toMatchObject({ status: 409 });
    expect((await markAccountExpired(deps, 'ws_a', acct.id)).status).toBe('expired');
    expect(await rejection(markAccountExpired(deps, 'ws_b', acct.id))).toMatchObject({ status: 404 });
    const { after } = await updateAccount(deps, 'ws_a', acct.id, { credentials: { handle: 'one', appPassword: 'new' } });
    expect(after.status).toBe('connected');
  });

  it('lists accounts without secrets', async () => {
    const items = await listAccounts(db, 'ws_a');
    expect(items.length).toBeGreaterThan(5);
    const text = JSON.stringify(items);
    expect(text).not.toMatch(/PLAINTEXT|credentials_enc|v1\.k1\./);
    expect(items[0]).toHaveProperty('credentialFieldsSet');
  });
});
