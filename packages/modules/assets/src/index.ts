import { fileURLToPath } from 'node:url';
import { defineModule, type AppModule } from '@resonance/http';
import type { AssetsPorts } from './assets.deps.js';
import { assetsRoutes } from './assets.routes.js';
import type { AssetStoreConfig } from './storage/asset-store.js';
import { createAssetStore, lazyStore } from './storage/create-store.js';

export interface AssetsModuleOptions extends AssetsPorts {
  /** Where bytes are stored; default: files under `<dataDir>/assets`. */
  store?: AssetStoreConfig;
}

/** The asset library: images and videos per workspace, thumbnails, tags, search, where-used. */
export function createAssetsModule(opts: AssetsModuleOptions): AppModule {
  return defineModule({
    name: 'assets',
    migrationsDir: fileURLToPath(new URL('../migrations', import.meta.url)),
    routes: (ctx) => {
      const cfg = opts.store ?? { kind: 'local' };
      const store = lazyStore(cfg.kind, () => createAssetStore(cfg, ctx.config.dataDir));
      return assetsRoutes({ db: ctx.db, store, clock: ctx.clock, logger: ctx.logger }, { assetUsage: opts.assetUsage });
    },
  });
}

export { assetInfo, type AssetInfoView } from './asset-info.js';
export type { AssetUsage, AssetUse } from './assets.deps.js';
export type { AssetStore, AssetStoreConfig } from './storage/asset-store.js';
export { createAssetStore } from './storage/create-store.js';
export { UPLOAD_LIMITS } from './upload-limits.js';
/** For seeding (demo data, imports): the same path as the upload route, deduplicated by hash. */
export { uploadAsset, type UploadInput } from './upload.service.js';
export type { AssetsDeps } from './assets.deps.js';
