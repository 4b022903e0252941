/** Where asset bytes live. Keys are relative, `/`-separated, e.g. `ws_…/ab/abcdef….jpg`. */
export interface ByteRange {
  /** Inclusive offsets, as in an HTTP Range header. */
  start: number;
  end: number;
}

export interface AssetStore {
  readonly kind: 'local' | 's3';
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The object's bytes (or one range of them) as a stream; throws when the key is absent. */
  get(key: string, range?: ByteRange): Promise<ReadableStream<Uint8Array>>;
  /** Idempotent: deleting an absent key is not an error. */
  delete(key: string): Promise<void>;
}

/** Settings from the server configuration (RESONANCE_ASSET_STORE and RESONANCE_S3_*). */
export type AssetStoreConfig =
  | { kind: 'local' }
  | {
      kind: 's3';
      bucket: string;
      region: string;
      endpoint?: string;
      accessKeyId?: string;
      secretAccessKey?: string;
      forcePathStyle: boolean;
      /** Prefix for every key, e.g. `resonance/`. */
      prefix?: string;
    };

/** Keys never leave their workspace folder. */
export function assertSafeKey(key: string): void {
  if (!/^[A-Za-z0-9_-]+(\/[A-Za-z0-9_.-]+)+$/.test(key) || key.split('/').some((p) => p === '..' || p === '.')) {
    throw new Error(`unsafe asset key: ${key}`);
  }
}
