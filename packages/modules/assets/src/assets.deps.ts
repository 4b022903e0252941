import type { Database } from '@resonance/db';
import type { Clock, Logger } from '@resonance/kernel';
import type { AssetStore } from './storage/asset-store.js';

export interface AssetUse {
  contentId: string;
  title: string | null;
  status: string;
}

/** Port supplied by the content module: the content items (master or a variant) that use an asset. */
export type AssetUsage = (db: Database, workspaceId: string, assetId: string) => Promise<AssetUse[]>;

export interface AssetsPorts {
  assetUsage: AssetUsage;
}

export interface AssetsDeps {
  db: Database;
  store: AssetStore;
  clock: Clock;
  logger: Logger;
}
