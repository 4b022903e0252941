import type { RouteContext } from '@resonance/http';
import { SESSION_MAX_AGE_SECONDS, type NewSession } from './session.service.js';

/** Cookie names; must equal those in apps/server/src/mount-routes.ts. */
export const SESSION_COOKIE = 'rsn_session';
export const CSRF_COOKIE = 'rsn_csrf';

type Cookies = RouteContext<unknown, unknown, unknown>['cookies'];

/**
 * The session cookie is HttpOnly (scripts never see it); the CSRF cookie is readable by the web app,
 * which echoes it in the x-csrf-token header (double submit). The server adds SameSite=Lax, Path=/
 * and Secure behind https.
 */
export function setSessionCookies(cookies: Cookies, session: NewSession): void {
  cookies.set(SESSION_COOKIE, session.token, { httpOnly: true, maxAgeSeconds: SESSION_MAX_AGE_SECONDS });
  cookies.set(CSRF_COOKIE, session.csrfToken, { httpOnly: false, maxAgeSeconds: SESSION_MAX_AGE_SECONDS });
}

export function clearSessionCookies(cookies: Cookies): void {
  cookies.delete(SESSION_COOKIE);
  cookies.delete(CSRF_COOKIE);
}
