import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Sandbox access tokens carry what the simulated platform needs to know about the account and are
 * signed with a key derived from the connector's seed. So any process of the same build — the API
 * process that connected the account, or a separate worker — recognises the account, as a real
 * platform's server would; a forged or altered token is refused.
 */
export interface SandboxTokenClaims {
  /** remote account id */
  a: string;
  /** simulated platform kind */
  k: string;
  /** handle */
  h: string;
  /** follower count at connect */
  f: number;
  /** connect time (ms): the audience simulation starts there */
  t: number;
  /** token sequence number */
  n: number;
}

const PREFIX = 'sbx_at_';

const sign = (seed: number, payload: string) => createHmac('sha256', `resonance-sandbox:${seed}`).update(payload).digest('base64url').slice(0, 32);

export function encodeSandboxToken(seed: number, claims: SandboxTokenClaims): string {
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${PREFIX}${payload}.${sign(seed, payload)}`;
}

export function decodeSandboxToken(seed: number, token: string): SandboxTokenClaims | null {
  if (!token.startsWith(PREFIX)) return null;
  const [payload, sig] = token.slice(PREFIX.length).split('.');
  if (!payload || !sig) return null;
  const expected = Buffer.from(sign(seed, payload));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const c = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as SandboxTokenClaims;
    return typeof c.a === 'string' && typeof c.k === 'string' && typeof c.h === 'string' && Number.isFinite(c.f) && Number.isFinite(c.t) ? c : null;
  } catch {
    return null;
  }
}
