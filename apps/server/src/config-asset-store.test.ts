import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('asset store configuration', () => {
  it('defaults to files in the data dir', () => {
    expect(loadConfig({}).assetStore).toEqual({ kind: 'local' });
  });

  it('reads an S3-compatible store from RESONANCE_S3_*', () => {
    const cfg = loadConfig({
      RESONANCE_ASSET_STORE: 's3',
      RESONANCE_S3_BUCKET: 'media',
      RESONANCE_S3_ENDPOINT: 'http://minio:9000',
      RESONANCE_S3_ACCESS_KEY_ID: 'AK',
      RESONANCE_S3_SECRET_ACCESS_KEY: 'SK',
      RESONANCE_S3_PREFIX: 'rsn/',
    });
    expect(cfg.assetStore).toEqual({ kind: 's3', bucket: 'media', region: 'us-east-1', endpoint: 'http://minio:9000', accessKeyId: 'AK', secretAccessKey: 'SK', forcePathStyle: true, prefix: 'rsn/' });
    expect(loadConfig({ RESONANCE_ASSET_STORE: 's3', RESONANCE_S3_BUCKET: 'b', RESONANCE_S3_REGION: 'cn-north-1' }).assetStore).toMatchObject({ region: 'cn-north-1', forcePathStyle: false, endpoint: undefined });
  });

  it('refuses an unknown store or a missing bucket', () => {
    expect(() => loadConfig({ RESONANCE_ASSET_STORE: 'ftp' })).toThrow(/RESONANCE_ASSET_STORE/);
    expect(() => loadConfig({ RESONANCE_ASSET_STORE: 's3' })).toThrow(/RESONANCE_S3_BUCKET/);
  });
});
