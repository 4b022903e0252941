/**
 * The Connector interface: what every platform adapter declares and implements.
 * Flows branch on `capabilities` and `contentRules`, never on `platform`.
 */
import type { ContentRules } from './content-rules.types.js';

export interface LocalizedText {
  zh: string;
  en: string;
}

export const CAPABILITY_KEYS = [
  'publishText',
  'publishImage',
  'publishVideo',
  'delete',
  'fetchPostMetrics',
  'fetchComments',
  'fetchDirectMessages',
  'reply',
  'fetchFollowers',
  'webhooks',
  'userTags',
] as const;
export type CapabilityKey = (typeof CAPABILITY_KEYS)[number];
export type Capabilities = Record<CapabilityKey, boolean>;

export interface CredentialField {
  key: string;
  label: LocalizedText;
  /** Secret values are masked in the form and stored encrypted. */
  secret: boolean;
  optional?: boolean;
  help?: LocalizedText;
}

export interface OAuthDescription {
  authorizeUrl: string;
  tokenUrl: string;
  scopes: string[];
}

export interface CredentialSpec {
  fields: CredentialField[];
  /** The platform calls us back (OAuth redirect or webhook URL) so the connect form shows one. */
  needsCallbackUrl: boolean;
  oauth?: OAuthDescription;
}

/** Opaque token bag; the caller stores it encrypted and hands it back in every `ctx`. */
export type AccountTokens = Record<string, string>;

export interface ConnectInput {
  credentials: Record<string, string>;
  callbackUrl?: string;
}

export interface ConnectedAccount {
  remoteAccountId: string;
  handle: string;
  displayName: string;
  followers: number;
  tokens: AccountTokens;
}

export interface ConnectorContext {
  account: { remoteAccountId: string; tokens: AccountTokens };
  signal?: AbortSignal;
}

export type MediaKind = 'image' | 'video';

export interface MediaRef {
  kind: MediaKind;
  /** e.g. image/jpeg, video/mp4 */
  mimeType: string;
  url: string;
  sizeBytes?: number;
  altText?: string;
}

export interface PostDraft {
  text: string;
  title?: string;
  media?: MediaRef[];
  /** Without the platform's syntax: `['护肤', 'skincare']`; the connector renders them. */
  hashtags?: string[];
}

export interface PublishInput extends PostDraft {
  /** Same key twice ⇒ the same remote post (exactly-once). */
  idempotencyKey: string;
  /** Hints a connector may ignore (the sandbox reads `funnelStage` and `topic`). */
  annotations?: Record<string, string>;
}

export interface PublishResult {
  remoteId: string;
  permalink: string;
  publishedAt: Date;
}

export type PublicationLookup = { idempotencyKey: string } | { remoteId: string };

export interface PostMetrics {
  impressions: number;
  reach: number;
  likes: number;
  comments: number;
  shares: number;
  saves: number;
  videoViews?: number;
  completions?: number;
  profileVisits: number;
  linkClicks: number;
  /** When the platform computed these numbers. */
  at: Date;
}

/** Counters that can only grow; likes, comments and saves are net counts (unlike, deletion). */
export const CUMULATIVE_METRICS = ['impressions', 'reach', 'shares', 'videoViews', 'completions', 'profileVisits', 'linkClicks'] as const;

export interface RemoteComment {
  remoteId: string;
  authorRemoteId: string;
  authorName: string;
  text: string;
  createdAt: Date;
  parentRemoteId?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

export interface RemoteFollower {
  remoteUserId: string;
  name: string;
  followedAt: Date;
}

export interface FollowerPage extends Page<RemoteFollower> {
  total: number;
}

export interface RemoteDirectMessage {
  remoteId: string;
  fromRemoteUserId: string;
  fromName: string;
  text: string;
  createdAt: Date;
}

export interface ReplyInput {
  idempotencyKey: string;
  /** The post the conversation belongs to. */
  postRemoteId: string;
  /** The comment answered; omitted for a top-level comment on the post. */
  inReplyToRemoteId?: string;
  text: string;
}

export interface WebhookRequest {
  headers: Record<string, string>;
  body: string;
}

export interface WebhookEvent {
  type: string;
  remoteId?: string;
  at: Date;
  payload: Record<string, unknown>;
}

export interface Connector {
  readonly platform: string;
  readonly displayName: LocalizedText;
  readonly capabilities: Capabilities;
  readonly contentRules: ContentRules;
  readonly credentialFields: CredentialSpec;

  connect(input: ConnectInput): Promise<ConnectedAccount>;
  refreshToken?(ctx: ConnectorContext): Promise<AccountTokens>;
  publish(ctx: ConnectorContext, input: PublishInput): Promise<PublishResult>;
  /** Reconcile an unknown outcome; `null` when the platform has no such (live) post. */
  getPublication?(ctx: ConnectorContext, lookup: PublicationLookup): Promise<PublishResult | null>;
  /** Idempotent: deleting an already deleted post succeeds. */
  deletePost?(ctx: ConnectorContext, remoteId: string): Promise<void>;
  fetchPostMetrics?(ctx: ConnectorContext, remoteId: string): Promise<PostMetrics>;
  fetchComments?(ctx: ConnectorContext, remoteId: string, cursor?: string): Promise<Page<RemoteComment>>;
  reply?(ctx: ConnectorContext, input: ReplyInput): Promise<{ remoteId: string }>;
  fetchFollowers?(ctx: ConnectorContext, cursor?: string): Promise<FollowerPage>;
  fetchDirectMessages?(ctx: ConnectorContext, cursor?: string): Promise<Page<RemoteDirectMessage>>;
  tagUser?(ctx: ConnectorContext, input: { remoteUserId: string; tag: string }): Promise<void>;
  parseWebhook?(request: WebhookRequest): Promise<WebhookEvent[]>;
}

/** Which method each capability flag promises (flags without a method are informational). */
export const CAPABILITY_METHODS: Partial<Record<CapabilityKey, keyof Connector>> = {
  delete: 'deletePost',
  fetchPostMetrics: 'fetchPostMetrics',
  fetchComments: 'fetchComments',
  fetchDirectMessages: 'fetchDirectMessages',
  reply: 'reply',
  fetchFollowers: 'fetchFollowers',
  webhooks: 'parseWebhook',
  userTags: 'tagUser',
};
