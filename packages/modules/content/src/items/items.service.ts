import { invalidField, newId, notFound } from '@resonance/kernel';
import type { Database } from '@resonance/db';
import { recordActivity } from '../activity/activity.repository.js';
import { inTx, type Sql } from '../tx.js';
import { deriveVariant } from '../variants/derive-variant.js';
import { insertVariant, selectVariants, syncFollowingVariants } from '../variants/variants.repository.js';
import { lockEditable } from './item-guards.js';
import { assertAssets, assertMember, resolveAccounts, type ReferencePorts } from './item-validation.js';
import {
  deleteItemRow,
  findItem,
  findItemIdByIdempotencyKey,
  insertItem,
  selectItems,
  toSummary,
  updateItemFields,
  type ItemFields,
  type ItemRow,
} from './items.repository.js';
import type { ContentItem, ItemPatch, ItemsQuery, NewItem } from './items.schema.js';

export interface ItemEnv extends ReferencePorts {
  db: Database;
  now: () => Date;
}

const fieldsOf = (r: ItemRow): ItemFields => {
  const s = toSummary(r);
  return {
    brandId: s.brandId, title: s.title, body: s.body, media: s.media, links: s.links, topics: s.topics, mentions: s.mentions,
    pillar: s.pillar, funnelStage: s.funnelStage, campaign: s.campaign, sponsored: s.sponsored, ownerId: s.ownerId,
  };
};

/** The item with its variants, read inside or outside a transaction. */
export async function loadItem(db: Sql, workspaceId: string, contentId: string): Promise<ContentItem> {
  const row = await findItem(db, workspaceId, contentId);
  if (!row) throw notFound('content item');
  return { ...toSummary(row), variants: await selectVariants(db, workspaceId, contentId) };
}

export function getItem(env: ItemEnv, workspaceId: string, contentId: string): Promise<ContentItem> {
  return loadItem(env.db, workspaceId, contentId);
}

/** A new draft with one variant per target account. Same Idempotency-Key again → the item created the first time. */
export async function createItem(env: ItemEnv, workspaceId: string, input: NewItem, actor: string | null, idempotencyKey: string | null): Promise<{ item: ContentItem; created: boolean }> {
  if (idempotencyKey) {
    const existing = await findItemIdByIdempotencyKey(env.db, workspaceId, idempotencyKey);
    if (existing) return { item: await loadItem(env.db, workspaceId, existing), created: false };
  }
  const ownerId = input.ownerId ?? actor;
  if (!ownerId) throw invalidField('ownerId', 'is required when the caller is not a user');
  await assertMember(env, env.db, workspaceId, ownerId);
  await assertAssets(env, env.db, workspaceId, input.media);
  const accounts = await resolveAccounts(env, env.db, workspaceId, [...new Set(input.accountIds)]);

  const fields: ItemFields = {
    brandId: input.brandId ?? null, title: input.title || null, body: input.body, media: input.media, links: input.links, topics: input.topics,
    mentions: input.mentions, pillar: input.pillar ?? null, funnelStage: input.funnelStage ?? null, campaign: input.campaign ?? null,
    sponsored: input.sponsored, ownerId,
  };
  const at = env.now();
  const id = newId('cnt', at.getTime());
  try {
    await inTx(env.db, async (s) => {
      await insertItem(s, workspaceId, { id, fields, createdBy: actor, idempotencyKey, at });
      const derived = deriveVariant(fields);
      // ids carry increasing time so variants list in the order the accounts were given
      for (const [i, a] of accounts.entries()) await insertVariant(s, workspaceId, { id: newId('var', at.getTime() + i), contentId: id, accountId: a.id, platform: a.platform, content: derived, at });
      await recordActivity(s, workspaceId, { contentId: id, actorId: actor, kind: 'created', detail: { accountIds: accounts.map((a) => a.id) } }, at);
    });
  } catch (err) {
    // a concurrent retry with the same key won the race: answer with its item
    const existing = idempotencyKey ? await findItemIdByIdempotencyKey(env.db, workspaceId, idempotencyKey) : null;
    if (existing) return { item: await loadItem(env.db, workspaceId, existing), created: false };
    throw err;
  }
  return { item: await loadItem(env.db, workspaceId, id), created: true };
}

const MASTER_KEYS = ['brandId', 'title', 'body', 'media', 'links', 'topics', 'mentions', 'pillar', 'funnelStage', 'campaign', 'sponsored', 'ownerId'] as const;

/** Edits the master of a draft at the version the client saw; following variants take the change. */
export async function updateItem(env: ItemEnv, workspaceId: string, contentId: string, patch: ItemPatch, actor: string | null): Promise<ContentItem> {
  if (patch.ownerId !== undefined) await assertMember(env, env.db, workspaceId, patch.ownerId);
  if (patch.media !== undefined) await assertAssets(env, env.db, workspaceId, patch.media);
  const at = env.now();
  return inTx(env.db, async (s) => {
    const row = await lockEditable(s, workspaceId, contentId, patch.version);
    const before = fieldsOf(row);
    const after: ItemFields = { ...before };
    for (const k of MASTER_KEYS) if (patch[k] !== undefined) (after as any)[k] = k === 'title' ? patch.title || null : patch[k];
    const changed = MASTER_KEYS.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
    if (changed.length === 0) return loadItem(s, workspaceId, contentId);
    await updateItemFields(s, workspaceId, contentId, after, at);
    const synced = await syncFollowingVariants(s, workspaceId, contentId, deriveVariant(after), at);
    await recordActivity(s, workspaceId, { contentId, actorId: actor, kind: 'edited', detail: { fields: changed, variantsUpdated: synced } }, at);
    return loadItem(s, workspaceId, contentId);
  });
}

/** Deletes a draft (and its variants, links and history). */
export async function deleteItem(env: ItemEnv, workspaceId: string, contentId: string, version: number): Promise<ContentItem> {
  return inTx(env.db, async (s) => {
    await lockEditable(s, workspaceId, contentId, version);
    const item = await loadItem(s, workspaceId, contentId);
    await deleteItemRow(s, workspaceId, contentId);
    return item;
  });
}

const encodeCursor = (r: ItemRow) => Buffer.from(`${r.created_at.toISOString()}|${r.id}`).toString('base64url');
function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(iso ?? '');
  if (!id || Number.isNaN(createdAt.getTime())) throw invalidField('cursor', 'is not a cursor this list returned');
  return { createdAt, id };
}

export async function listItems(env: ItemEnv, workspaceId: string, q: ItemsQuery) {
  const rows = await selectItems(env.db, workspaceId, { ...q, after: q.cursor ? decodeCursor(q.cursor) : undefined, limit: q.limit + 1 });
  const page = rows.slice(0, q.limit);
  return { items: page.map(toSummary), nextCursor: rows.length > q.limit ? encodeCursor(page[page.length - 1]!) : null };
}
