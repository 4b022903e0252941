import { join } from 'node:path';
import type { AssetStore, AssetStoreConfig } from './asset-store.js';
import { createLocalStore } from './local-store.js';
import { createS3Store } from './s3-store.js';

/** The configured store: S3-compatible, or files under `<dataDir>/assets` (the default). */
export function createAssetStore(cfg: AssetStoreConfig, dataDir: string): AssetStore {
  return cfg.kind === 's3' ? createS3Store(cfg) : createLocalStore(join(dataDir, 'assets'));
}

/** Builds the store on first use (routes are also declared without a running server, e.g. for the OpenAPI document). */
export function lazyStore(kind: AssetStore['kind'], make: () => AssetStore): AssetStore {
  let store: AssetStore | undefined;
  const get = () => (store ??= make());
  return {
    kind,
    put: (key, bytes, contentType) => get().put(key, bytes, contentType),
    get: (key, range) => get().get(key, range),
    delete: (key) => get().delete(key),
  };
}
