export const MEDIA_KINDS = ['none', 'image', 'video'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];
export const FUNNEL_STAGES = ['awareness', 'interest', 'decision', 'loyalty'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];
export const PUBLICATION_STATUSES = ['scheduled', 'publishing', 'published', 'failed', 'needs_attention', 'deleted'] as const;
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number];

export interface NewPublication {
  /** Pre-allocated `pub_…` id (bulk loaders that reference it from events); default a new id. */
  id?: string;
  /** The content item and variant it was published from (the review workflow's takedown finds it by these). */
  contentId?: string | null;
  variantId?: string | null;
  accountId: string;
  brandId?: string | null;
  remoteId?: string | null;
  permalink?: string | null;
  title?: string | null;
  text: string;
  mediaKind?: MediaKind;
  mediaCount?: number;
  hashtags?: string[];
  funnelStage?: FunnelStage | null;
  pillar?: string | null;
  status: PublicationStatus;
  /** Unique per workspace: the same key never publishes twice. */
  idempotencyKey: string;
  publishedAt?: Date | null;
  createdAt?: Date;
}

export interface PublicationDto {
  id: string;
  accountId: string;
  brandId: string | null;
  remoteId: string | null;
  permalink: string | null;
  title: string | null;
  text: string;
  mediaKind: MediaKind;
  mediaCount: number;
  hashtags: string[];
  funnelStage: FunnelStage | null;
  pillar: string | null;
  status: PublicationStatus;
  publishedAt: string | null;
  createdAt: string;
}
