import { resolve } from 'node:path';
import type { AssetStoreConfig } from '@resonance/assets';

/** Every setting comes from the environment (documented in the README's Configuration table). */
export interface ServerConfig {
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  publicUrl: string;
  secretKey?: string;
  smtpUrl?: string;
  mailFrom: string;
  trustProxy: boolean;
  /** Set the Secure flag on cookies (default: when publicUrl is https). */
  secureCookies: boolean;
  /** Per-source ingestion limit (events/s sustained, burst); over it SDKs get 429 + Retry-After. */
  ingestRateLimit: { eventsPerSecond: number; burst: number };
  /** Asset library storage: files under dataDir/assets (default) or an S3-compatible bucket. */
  assetStore: AssetStoreConfig;
}

/** RESONANCE_ASSET_STORE=local|s3; for s3: RESONANCE_S3_BUCKET (required), _REGION, _ENDPOINT, _ACCESS_KEY_ID, _SECRET_ACCESS_KEY, _FORCE_PATH_STYLE, _PREFIX. */
function assetStore(env: NodeJS.ProcessEnv): AssetStoreConfig {
  const kind = env.RESONANCE_ASSET_STORE || 'local';
  if (kind === 'local') return { kind: 'local' };
  if (kind !== 's3') throw new Error(`RESONANCE_ASSET_STORE must be "local" or "s3", got "${kind}"`);
  const bucket = env.RESONANCE_S3_BUCKET;
  if (!bucket) throw new Error('RESONANCE_S3_BUCKET is required when RESONANCE_ASSET_STORE=s3');
  return {
    kind: 's3',
    bucket,
    region: env.RESONANCE_S3_REGION || 'us-east-1',
    endpoint: env.RESONANCE_S3_ENDPOINT || undefined,
    accessKeyId: env.RESONANCE_S3_ACCESS_KEY_ID || undefined,
    secretAccessKey: env.RESONANCE_S3_SECRET_ACCESS_KEY || undefined,
    // MinIO and most self-hosted stores need path-style URLs: on by default when an endpoint is set
    forcePathStyle: env.RESONANCE_S3_FORCE_PATH_STYLE ? env.RESONANCE_S3_FORCE_PATH_STYLE === '1' : Boolean(env.RESONANCE_S3_ENDPOINT),
    prefix: env.RESONANCE_S3_PREFIX || undefined,
  };
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<ServerConfig> = {}): ServerConfig {
  const port = Number(overrides.port ?? env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  const host = overrides.host ?? env.HOST ?? '0.0.0.0';
  const publicUrl = (overrides.publicUrl ?? env.RESONANCE_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, '');
  return {
    port,
    host,
    databaseUrl: overrides.databaseUrl ?? (env.DATABASE_URL || undefined),
    dataDir: resolve(overrides.dataDir ?? env.RESONANCE_DATA_DIR ?? './data'),
    publicUrl,
    secretKey: overrides.secretKey ?? (env.RESONANCE_SECRET_KEY || undefined),
    smtpUrl: overrides.smtpUrl ?? (env.SMTP_URL || undefined),
    mailFrom: overrides.mailFrom ?? env.MAIL_FROM ?? 'Resonance <no-reply@localhost>',
    trustProxy: overrides.trustProxy ?? env.RESONANCE_TRUST_PROXY === '1',
    secureCookies: overrides.secureCookies ?? (env.RESONANCE_SECURE_COOKIES ? env.RESONANCE_SECURE_COOKIES === '1' : publicUrl.startsWith('https://')),
    ingestRateLimit: overrides.ingestRateLimit ?? {
      eventsPerSecond: positive(env, 'RESONANCE_INGEST_RATE', 50_000),
      burst: positive(env, 'RESONANCE_INGEST_BURST', 100_000),
    },
    assetStore: overrides.assetStore ?? assetStore(env),
  };
}
