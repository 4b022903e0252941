import type { ConnectorErrorKind } from '@resonance/connector-sdk';
import type { SandboxAccountKind } from './account-kinds.js';
import type { EventColumns, SimulatedPost } from './simulation.types.js';
import type { SandboxWorld } from './world.types.js';

export type SandboxOperation =
  | 'connect'
  | 'refreshToken'
  | 'publish'
  | 'getPublication'
  | 'deletePost'
  | 'fetchPostMetrics'
  | 'fetchComments'
  | 'reply'
  | 'fetchFollowers'
  | 'fetchDirectMessages'
  | 'tagUser';

export interface InjectedFailure {
  kind: ConnectorErrorKind;
  /** Only this operation fails; default: the next call of any operation. */
  op?: SandboxOperation;
  retryAfterSeconds?: number;
}

/** The sandbox's own record of publish calls, for exactly-once checks. */
export interface PublishLogEntry {
  remoteAccountId: string;
  idempotencyKey: string;
  /** Set once a remote post exists for this key (also when the caller was told "outcome unknown"). */
  remoteId?: string;
  /** Every publish call with this key, including rejected and failed ones. */
  attempts: number;
  text: string;
  firstAttemptAt: Date;
  lastAttemptAt: Date;
  deleted: boolean;
}

export interface SandboxPost {
  remoteId: string;
  idempotencyKey: string;
  permalink: string;
  publishedAt: Date;
  deletedAtMs?: number;
  sim: SimulatedPost;
  /** Simulated lazily on first read. */
  events?: EventColumns;
}

export interface SandboxReply {
  remoteId: string;
  postRemoteId: string;
  parentRemoteId?: string;
  text: string;
  createdAt: Date;
}

export interface SandboxAccount {
  remoteAccountId: string;
  handle: string;
  displayName: string;
  kind: SandboxAccountKind;
  world: SandboxWorld;
  /** Followers at connect and the connect time: with the seed, they determine the world. */
  followers: number;
  connectedAtMs: number;
  validTokens: Set<string>;
  tokenSeq: number;
  posts: Map<string, SandboxPost>;
  postsByKey: Map<string, string>;
  replies: Map<string, SandboxReply>;
  tags: Map<string, Set<string>>;
  /** Bumped on publish/delete so cached follower lists are rebuilt. */
  version: number;
  followerCache?: { key: string; index: Int32Array; followedAtMs: Float64Array };
}
