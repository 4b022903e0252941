import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import { listActivity } from '../src/activity/activity.repository.js';
import { createItem, updateItem, type ItemEnv } from '../src/items/items.service.js';
import { addVariant, editVariant, resetVariant } from '../src/variants/variants.service.js';

const migrations = fileURLToPath(new URL('../migrations', import.meta.url));

describe.each(testDatabaseKinds())('content items and variants on %s', (kind) => {
  let db: TestDatabase;
  let env: ItemEnv;
  beforeAll(async () => {
    db = await createTestDatabase(kind, [migrations]);
    env = {
      db,
      now: () => new Date('2026-11-24T08:00:00Z'),
      listMembers: async (_db, ws) => (ws === 'ws_a' ? [{ userId: 'usr_1', role: 'editor', name: 'Ed' }] : []),
      listAccounts: async (_db, ws) => (ws === 'ws_a' ? [{ id: 'acc_w', platform: 'weibo', name: 'W', brandId: null }, { id: 'acc_x', platform: 'x', name: 'X', brandId: null }] : []),
      assetInfo: async () => [],
    };
  });
  afterAll(async () => db?.close());

  it('variants follow master edits until customised; reset brings them back; every change is one activity entry', async () => {
    const { item } = await createItem(env, 'ws_a', { body: 'hello', media: [], links: [], topics: ['a'], mentions: [], sponsored: false, accountIds: ['acc_w'] }, 'usr_1', null);
    const withX = await addVariant(env, 'ws_a', item.id, { accountId: 'acc_x', version: 1 }, 'usr_1');
    const [w, x] = withX.variants;
    const custom = await editVariant(env, 'ws_a', item.id, x!.id, { version: 2, body: 'for X only' }, 'usr_1');
    const edited = await updateItem(env, 'ws_a', item.id, { version: custom.version, body: 'hello world', topics: ['b'] }, 'usr_1');
    expect(edited.variants.find((v) => v.id === w!.id)).toMatchObject({ body: 'hello world', hashtags: ['b'], customised: false });
    expect(edited.variants.find((v) => v.id === x!.id)).toMatchObject({ body: 'for X only', hashtags: ['a'], customised: true });
    const reset = await resetVariant(env, 'ws_a', item.id, x!.id, edited.version, 'usr_1');
    expect(reset.variants.find((v) => v.id === x!.id)).toMatchObject({ body: 'hello world', hashtags: ['b'], customised: false });
    expect(reset.version).toBe(5);
    const history = await listActivity(db, 'ws_a', item.id, { limit: 10 });
    expect(history.map((h) => h.kind).sort()).toEqual(['created', 'edited', 'variant_added', 'variant_edited', 'variant_reset'].sort());
    expect(history.find((h) => h.kind === 'edited')!.detail).toEqual({ fields: ['body', 'topics'], variantsUpdated: 1 });
  });

  it('another workspace sees nothing: 404 on read and edit, its history empty', async () => {
    const { item } = await createItem(env, 'ws_a', { body: 'mine', media: [], links: [], topics: [], mentions: [], sponsored: false, accountIds: [] }, 'usr_1', null);
    await expect(updateItem(env, 'ws_b', item.id, { version: 1, body: 'theirs' }, null)).rejects.toMatchObject({ status: 404 });
    expect(await listActivity(db, 'ws_b', item.id, { limit: 10 })).toEqual([]);
  });

  it('the same idempotency key creates one item', async () => {
    const input = { body: 'once', media: [], links: [], topics: [], mentions: [], sponsored: false, accountIds: [] };
    const first = await createItem(env, 'ws_a', input, 'usr_1', 'key-1');
    const second = await createItem(env, 'ws_a', input, 'usr_1', 'key-1');
    expect(second).toMatchObject({ created: false, item: { id: first.item.id } });
  });
});
