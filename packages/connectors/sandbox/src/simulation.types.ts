import type { CommentText } from './comment-text.js';

export type FunnelStage = 'awareness' | 'interest' | 'decision' | 'loyalty';
export type PostMediaKind = 'none' | 'image' | 'video';

export interface SimulatedPost {
  id: string;
  text: string;
  title?: string;
  mediaCount: number;
  mediaKind: PostMediaKind;
  hashtags: string[];
  publishedAt: Date;
  funnelStage: FunnelStage;
  /** One of TOPIC_KEYS; undefined = general content. */
  topic?: string;
}

/** Numeric codes keep the hot loop free of strings; EVENT_TYPES[code] is the name. */
export const EVENT_TYPES = [
  'impression',
  'like',
  'comment',
  'share',
  'save',
  'follow',
  'unfollow',
  'profile_visit',
  'link_click',
  'add_to_cart',
  'order',
  'video_view',
  'video_complete',
] as const;
export type SandboxEventType = (typeof EVENT_TYPES)[number];

export const EV = Object.fromEntries(EVENT_TYPES.map((t, i) => [t, i])) as { readonly [K in SandboxEventType]: number };

export interface OrderProps {
  amount: number;
  currency: 'CNY';
  orderId: string;
}
export type CommentProps = CommentText;
export type EventProps = CommentProps | OrderProps;

export interface SimulatedEvent {
  type: SandboxEventType;
  /** < world.followers: an initial follower; otherwise a member of the public pool. */
  fanIndex: number;
  at: Date;
  props?: EventProps;
}

/** The same events as columns, sorted by time (ties in generation order). */
export interface EventColumns {
  readonly count: number;
  readonly type: Uint8Array;
  readonly fanIndex: Int32Array;
  readonly atMs: Float64Array;
  /** props[i] for comment and order events, undefined otherwise. */
  readonly props: (EventProps | undefined)[];
}
