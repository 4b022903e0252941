import type { Database } from '@resonance/db';
import { invalidField, newId, systemClock, type Clock } from '@resonance/kernel';
import { pgTextArray } from './pg-array.js';
import { copyPublicationRows, selectPublications, type PublicationRow } from './publications.repository.js';
import { FUNNEL_STAGES, MEDIA_KINDS, PUBLICATION_STATUSES, type NewPublication, type PublicationDto } from './publication.types.js';

const oneOf = <T extends string>(list: readonly T[], v: unknown, at: string): T => {
  if (!(list as readonly unknown[]).includes(v)) throw invalidField(at, `must be one of ${list.join(', ')}`);
  return v as T;
};

function toRow(workspaceId: string, p: NewPublication, now: Date, at: string): unknown[] {
  if (!p.accountId) throw invalidField(`${at}.accountId`, 'is required');
  if (typeof p.text !== 'string') throw invalidField(`${at}.text`, 'must be a string');
  if (!p.idempotencyKey || p.idempotencyKey.length > 200) throw invalidField(`${at}.idempotencyKey`, 'must be 1–200 characters');
  const id = p.id ?? newId('pub', now.getTime());
  if (!id.startsWith('pub_')) throw invalidField(`${at}.id`, 'must start with pub_');
  const mediaCount = p.mediaCount ?? 0;
  if (!Number.isInteger(mediaCount) || mediaCount < 0) throw invalidField(`${at}.mediaCount`, 'must be a whole number ≥ 0');
  const status = oneOf(PUBLICATION_STATUSES, p.status, `${at}.status`);
  if (status === 'published' && !(p.publishedAt instanceof Date)) throw invalidField(`${at}.publishedAt`, 'is required when published');
  return [
    id, workspaceId, p.accountId, p.brandId ?? null, p.remoteId ?? null, p.permalink ?? null, p.title ?? null, p.text,
    oneOf(MEDIA_KINDS, p.mediaKind ?? 'none', `${at}.mediaKind`), mediaCount, pgTextArray(p.hashtags ?? []),
    p.funnelStage == null ? null : oneOf(FUNNEL_STAGES, p.funnelStage, `${at}.funnelStage`), p.pillar ?? null, status,
    p.idempotencyKey, p.publishedAt ?? null, p.createdAt ?? now, p.contentId ?? null, p.variantId ?? null,
  ];
}

/** Bulk-inserts publications (COPY). Returns their ids in input order. */
export async function insertPublications(db: Database, workspaceId: string, items: readonly NewPublication[], clock: Clock = systemClock): Promise<string[]> {
  const now = clock.now();
  const rows = items.map((p, i) => toRow(workspaceId, p, now, `publications[${i}]`));
  await copyPublicationRows(db, rows);
  return rows.map((r) => r[0] as string);
}

export const toPublicationDto = (r: PublicationRow): PublicationDto => ({
  id: r.id,
  accountId: r.account_id,
  brandId: r.brand_id,
  remoteId: r.remote_id,
  permalink: r.permalink,
  title: r.title,
  text: r.text,
  mediaKind: r.media_kind as PublicationDto['mediaKind'],
  mediaCount: r.media_count,
  hashtags: r.hashtags,
  funnelStage: r.funnel_stage as PublicationDto['funnelStage'],
  pillar: r.pillar,
  status: r.status as PublicationDto['status'],
  publishedAt: r.published_at?.toISOString() ?? null,
  createdAt: r.created_at.toISOString(),
});

const encodeCursor = (r: PublicationRow) => `${r.published_at!.toISOString()}|${r.id}`;

function decodeCursor(cursor: string): { publishedAt: Date; id: string } {
  const [iso, id] = cursor.split('|');
  const publishedAt = new Date(iso ?? '');
  if (!id || Number.isNaN(publishedAt.getTime())) throw invalidField('query.cursor', 'must be the nextCursor of a previous page');
  return { publishedAt, id };
}

/** Published publications, newest first; `from` inclusive, `to` exclusive. */
export async function listPublications(
  db: Database,
  workspaceId: string,
  opts: { accountId?: string; from?: Date; to?: Date; limit: number; cursor?: string },
): Promise<{ items: PublicationDto[]; nextCursor: string | null }> {
  const rows = await selectPublications(db, workspaceId, {
    accountId: opts.accountId,
    from: opts.from,
    to: opts.to,
    after: opts.cursor ? decodeCursor(opts.cursor) : undefined,
    limit: opts.limit + 1,
  });
  const page = rows.slice(0, opts.limit);
  return { items: page.map(toPublicationDto), nextCursor: rows.length > opts.limit ? encodeCursor(page[page.length - 1]!) : null };
}
