import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/** Caller IP: the socket address, or the first X-Forwarded-For hop when RESONANCE_TRUST_PROXY=1. */
export function clientIp(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const fwd = c.req.header('x-forwarded-for');
    if (fwd) return fwd.split(',')[0]!.trim();
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
