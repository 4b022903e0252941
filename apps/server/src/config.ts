import { resolve } from 'node:path';

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
  };
}
