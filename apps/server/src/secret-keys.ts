import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSecretKeys, type SecretKey } from '@resonance/kernel';

/**
 * Keys for secrets at rest: RESONANCE_SECRET_KEY (`id:base64[,id:base64…]`, first encrypts) or,
 * when unset, `<dataDir>/secret.key`, generated with mode 0600 on first start.
 */
export function loadSecretKeys(secretKey: string | undefined, dataDir: string): SecretKey[] {
  if (secretKey) return parseSecretKeys(secretKey);
  const file = join(dataDir, 'secret.key');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    const id = `k${new Date().toISOString().slice(0, 10).replace(/-/g, '')}`;
    writeFileSync(file, `${id}:${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  }
  return parseSecretKeys(readFileSync(file, 'utf8').trim());
}
