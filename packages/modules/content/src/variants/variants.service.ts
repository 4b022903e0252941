import { AppError, newId, notFound } from '@resonance/kernel';
import { recordActivity } from '../activity/activity.repository.js';
import { lockEditable } from '../items/item-guards.js';
import { assertAssets, resolveAccounts } from '../items/item-validation.js';
import { bumpItemVersion, toSummary } from '../items/items.repository.js';
import type { ContentItem, ContentVariant } from '../items/items.schema.js';
import { loadItem, type ItemEnv } from '../items/items.service.js';
import { inTx, type Sql } from '../tx.js';
import { deriveVariant, type VariantContent } from './derive-variant.js';
import type { VariantPatch } from './variants.schema.js';
import { deleteVariantRow, insertVariant, selectVariants, writeVariantContent } from './variants.repository.js';

async function variantOf(s: Sql, workspaceId: string, contentId: string, variantId: string): Promise<ContentVariant> {
  const v = (await selectVariants(s, workspaceId, contentId)).find((x) => x.id === variantId);
  if (!v) throw notFound('variant');
  return v;
}

/** Adds a variant for one more target account (409 `variant_exists` when the account already has one). */
export async function addVariant(env: ItemEnv, workspaceId: string, contentId: string, input: { accountId: string; version: number }, actor: string | null): Promise<ContentItem> {
  const [account] = await resolveAccounts(env, env.db, workspaceId, [input.accountId], 'accountId');
  const at = env.now();
  return inTx(env.db, async (s) => {
    const row = await lockEditable(s, workspaceId, contentId, input.version);
    if ((await selectVariants(s, workspaceId, contentId)).some((v) => v.accountId === account!.id)) {
      throw new AppError('variant_exists', `The item already has a variant for account ${account!.id}`, 409);
    }
    const id = newId('var', at.getTime());
    await insertVariant(s, workspaceId, { id, contentId, accountId: account!.id, platform: account!.platform, content: deriveVariant(toSummary(row)), at });
    await bumpItemVersion(s, workspaceId, contentId, at);
    await recordActivity(s, workspaceId, { contentId, actorId: actor, kind: 'variant_added', detail: { variantId: id, accountId: account!.id } }, at);
    return loadItem(s, workspaceId, contentId);
  });
}

/** Edits one variant; from now on it no longer follows the master (customised = true). */
export async function editVariant(env: ItemEnv, workspaceId: string, contentId: string, variantId: string, patch: VariantPatch, actor: string | null): Promise<ContentItem> {
  if (patch.media !== undefined) await assertAssets(env, env.db, workspaceId, patch.media);
  const at = env.now();
  return inTx(env.db, async (s) => {
    await lockEditable(s, workspaceId, contentId, patch.version);
    const v = await variantOf(s, workspaceId, contentId, variantId);
    const next: VariantContent = {
      title: patch.title !== undefined ? patch.title || null : v.title,
      body: patch.body ?? v.body,
      media: patch.media ?? v.media,
      hashtags: patch.hashtags ?? v.hashtags,
    };
    const fields = (['title', 'body', 'media', 'hashtags'] as const).filter((k) => JSON.stringify(next[k]) !== JSON.stringify(v[k]));
    if (fields.length === 0) return loadItem(s, workspaceId, contentId);
    await writeVariantContent(s, workspaceId, variantId, next, true, at);
    await bumpItemVersion(s, workspaceId, contentId, at);
    await recordActivity(s, workspaceId, { contentId, actorId: actor, kind: 'variant_edited', detail: { variantId, accountId: v.accountId, fields } }, at);
    return loadItem(s, workspaceId, contentId);
  });
}

/** Drops the variant's own edits: it is the master again and follows it (customised = false). */
export async function resetVariant(env: ItemEnv, workspaceId: string, contentId: string, variantId: string, version: number, actor: string | null): Promise<ContentItem> {
  const at = env.now();
  return inTx(env.db, async (s) => {
    const row = await lockEditable(s, workspaceId, contentId, version);
    const v = await variantOf(s, workspaceId, contentId, variantId);
    await writeVariantContent(s, workspaceId, variantId, deriveVariant(toSummary(row)), false, at);
    await bumpItemVersion(s, workspaceId, contentId, at);
    await recordActivity(s, workspaceId, { contentId, actorId: actor, kind: 'variant_reset', detail: { variantId, accountId: v.accountId } }, at);
    return loadItem(s, workspaceId, contentId);
  });
}

export async function removeVariant(env: ItemEnv, workspaceId: string, contentId: string, variantId: string, version: number, actor: string | null): Promise<ContentItem> {
  const at = env.now();
  return inTx(env.db, async (s) => {
    await lockEditable(s, workspaceId, contentId, version);
    const v = await variantOf(s, workspaceId, contentId, variantId);
    await deleteVariantRow(s, workspaceId, variantId);
    await bumpItemVersion(s, workspaceId, contentId, at);
    await recordActivity(s, workspaceId, { contentId, actorId: actor, kind: 'variant_removed', detail: { variantId, accountId: v.accountId } }, at);
    return loadItem(s, workspaceId, contentId);
  });
}
