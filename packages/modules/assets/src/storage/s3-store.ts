import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { assertSafeKey, type AssetStore, type AssetStoreConfig } from './asset-store.js';

type S3Config = Extract<AssetStoreConfig, { kind: 's3' }>;

/** Any S3-compatible store (AWS S3, MinIO, Aliyun OSS, Tencent COS, Cloudflare R2 …). The bucket must exist. */
export function createS3Store(cfg: S3Config): AssetStore {
  const client = new S3Client({
    region: cfg.region,
    endpoint: cfg.endpoint,
    forcePathStyle: cfg.forcePathStyle,
    credentials: cfg.accessKeyId && cfg.secretAccessKey ? { accessKeyId: cfg.accessKeyId, secretAccessKey: cfg.secretAccessKey } : undefined,
    // many S3-compatible servers do not implement the newer default checksum headers
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const objectKey = (key: string) => {
    assertSafeKey(key);
    return `${cfg.prefix ?? ''}${key}`;
  };
  return {
    kind: 's3',
    async put(key, bytes, contentType) {
      await client.send(new PutObjectCommand({ Bucket: cfg.bucket, Key: objectKey(key), Body: bytes, ContentType: contentType }));
    },
    async get(key, range) {
      const res = await client.send(
        new GetObjectCommand({ Bucket: cfg.bucket, Key: objectKey(key), Range: range ? `bytes=${range.start}-${range.end}` : undefined }),
      );
      if (!res.Body) throw new Error(`empty body for ${key}`);
      return res.Body.transformToWebStream() as ReadableStream<Uint8Array>;
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket: cfg.bucket, Key: objectKey(key) }));
    },
  };
}
