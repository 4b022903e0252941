import type { Item, ItemPatchBody, Variant } from './studio.api';

/** The master fields the editor edits (unsaved until Save). */
export interface MasterDraft {
  title: string;
  body: string;
  topics: string[];
  mentions: string[];
  pillar: string;
  funnelStage: NonNullable<Item['funnelStage']> | null;
  campaign: string;
  sponsored: boolean;
  media: { assetId: string }[];
}

export interface VariantContent {
  title: string | null;
  body: string;
  media: { assetId: string }[];
  hashtags: string[];
}

export function draftOf(item: Item): MasterDraft {
  return {
    title: item.title ?? '',
    body: item.body,
    topics: [...item.topics],
    mentions: [...item.mentions],
    pillar: item.pillar ?? '',
    funnelStage: item.funnelStage,
    campaign: item.campaign ?? '',
    sponsored: item.sponsored,
    media: item.media.map((m) => ({ assetId: m.assetId })),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

export const isDirty = (draft: MasterDraft, item: Item) => !same(draft, draftOf(item));

/** Only the changed fields, with the version the editor loaded (the server answers 409 stale_version otherwise). */
export function patchOf(draft: MasterDraft, item: Item): ItemPatchBody {
  const base = draftOf(item);
  const patch: ItemPatchBody = { version: item.version };
  if (orNull(draft.title) !== item.title) patch.title = orNull(draft.title);
  if (draft.body !== base.body) patch.body = draft.body;
  if (!same(draft.topics, base.topics)) patch.topics = draft.topics;
  if (!same(draft.mentions, base.mentions)) patch.mentions = draft.mentions;
  if (orNull(draft.pillar) !== item.pillar) patch.pillar = orNull(draft.pillar);
  if (draft.funnelStage !== base.funnelStage) patch.funnelStage = draft.funnelStage;
  if (orNull(draft.campaign) !== item.campaign) patch.campaign = orNull(draft.campaign);
  if (draft.sponsored !== base.sponsored) patch.sponsored = draft.sponsored;
  if (!same(draft.media, base.media)) patch.media = draft.media;
  return patch;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The master as a following variant, exactly as the server derives it (content module
 * `derive-variant.ts`): same title and media, topics become hashtags, mentions missing from the body are
 * appended as `@handle`. Used to show unsaved master edits in the variants that follow it.
 */
export function deriveVariant(master: Pick<MasterDraft, 'title' | 'body' | 'media' | 'topics' | 'mentions'>): VariantContent {
  const missing = master.mentions.filter((m) => !new RegExp(`@${escapeRegExp(m)}(?![\\p{L}\\p{N}_-])`, 'u').test(master.body));
  const suffix = missing.map((m) => `@${m}`).join(' ');
  const body = suffix === '' ? master.body : master.body.trimEnd() === '' ? suffix : `${master.body.trimEnd()} ${suffix}`;
  return { title: orNull(master.title), body, media: master.media.map((m) => ({ assetId: m.assetId })), hashtags: [...master.topics] };
}

export const variantContent = (v: Variant): VariantContent => ({ title: v.title, body: v.body, media: v.media.map((m) => ({ assetId: m.assetId })), hashtags: [...v.hashtags] });
