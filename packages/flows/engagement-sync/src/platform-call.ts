import type { Account } from '@resonance/accounts';
import { isConnectorError, type Connector, type ConnectorContext } from '@resonance/connector-sdk';
import type { StoreDeps } from './store-engagement.js';

/** Thrown inside a sync when the platform rejects the stored token; the job marks the account expired. */
export class TokenExpiredSignal extends Error {
  constructor() {
    super('the platform rejected the stored token');
  }
}

/** Running totals of one sync (what the job logs and returns). */
export interface SyncTotals {
  /** DMs from platform users the platform returned (incl. ones stored by an earlier run). */
  directMessages: number;
  /** Comments by platform users the platform returned (the account's own replies are not counted). */
  comments: number;
  /** Metric snapshots taken. */
  snapshots: number;
  /** Recent publications visited. */
  posts: number;
  /** Publications the platform no longer has (deleted there): skipped. */
  postsMissing: number;
  eventsAdded: number;
  fansCreated: number;
}

/** Everything a sync step needs: the stores, the account and its connector, and the totals it adds to. */
export interface SyncRun {
  deps: StoreDeps;
  account: Account;
  connector: Connector;
  ctx: ConnectorContext;
  totals: SyncTotals;
}

/** Calls the platform; an expired token becomes a `TokenExpiredSignal`, any other error propagates. */
export async function callPlatform<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (isConnectorError(err) && err.kind === 'auth_expired') throw new TokenExpiredSignal();
    throw err;
  }
}

/** A cursor the platform hands back unchanged would page forever. */
export function checkProgress(platform: string, stream: string, cursor: string | undefined, next: string | undefined): void {
  if (next !== undefined && next === cursor) throw new Error(`${platform} returned the same ${stream} cursor twice (${cursor})`);
}
