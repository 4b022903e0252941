import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  AppError,
  PERMISSIONS,
  can,
  forbidden,
  notFound,
  unauthorized,
  type Logger,
  type Permission,
  type Role,
} from '@resonance/kernel';
import { ANONYMOUS, type AnyRoute, type AuditDetail, type AuthPort, type Principal, type RouteContext } from '@resonance/http';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { z } from 'zod';
import type { AuditPort } from '@resonance/http';
import { clientIp } from './client-ip.js';
import { errorResponse, zodToValidationError } from './errors.js';

export const SESSION_COOKIE = 'rsn_session';
export const CSRF_COOKIE = 'rsn_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export interface MountOptions {
  auth: AuthPort;
  audit: AuditPort;
  logger: Logger;
  secureCookies: boolean;
  trustProxy: boolean;
}

const isPermission = (a: string): a is Permission => a in PERMISSIONS;

/** Boot-time check: every route declares access, permission routes are workspace-scoped, no duplicates. */
export function assertRoutesDeclared(routes: readonly AnyRoute[]): void {
  const seen = new Set<string>();
  for (const r of routes) {
    const key = `${r.method.toUpperCase()} ${r.path}`;
    if (!r.access || !(r.access === 'public' || r.access === 'authenticated' || isPermission(r.access))) {
      throw new Error(`route ${key} declares no valid access (a permission, 'authenticated' or 'public')`);
    }
    if (r.authenticate === false && r.access !== 'public') {
      throw new Error(`route ${key} skips authentication but is not public`);
    }
    if (isPermission(r.access) && !r.path.includes('{workspaceId}')) {
      throw new Error(`route ${key} requires permission ${r.access} but its path has no {workspaceId}`);
    }
    if (seen.has(key)) throw new Error(`route ${key} is declared twice`);
    seen.add(key);
  }
}

function parse<S extends z.ZodType | undefined>(schema: S, value: unknown, where: string) {
  if (!schema) return undefined;
  const res = schema.safeParse(value);
  if (!res.success) throw zodToValidationError(res.error, where);
  return res.data;
}

async function readBody(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === '') return {};
  return JSON.parse(text);
}

function bearerToken(c: Context): string | undefined {
  const h = c.req.header('authorization');
  return h?.toLowerCase().startsWith('bearer ') ? h.slice(7).trim() : undefined;
}

function actorOf(p: Principal, detail: AuditDetail) {
  if (detail.actor) return { actorType: detail.actor.type, actorId: detail.actor.id } as const;
  if (p.kind === 'user') return { actorType: 'user', actorId: p.userId } as const;
  if (p.kind === 'token') return { actorType: 'token', actorId: p.tokenId } as const;
  return { actorType: 'anonymous', actorId: null } as const;
}

export function mountRoutes(api: OpenAPIHono, routes: readonly AnyRoute[], opts: MountOptions): void {
  assertRoutesDeclared(routes);
  for (const r of routes) {
    const honoPath = r.path.replace(/\{(\w+)\}/g, ':$1');
    const status = r.status ?? (r.method === 'post' ? 201 : 200);
    api.openAPIRegistry.registerPath({
      method: r.method,
      path: r.path,
      summary: r.summary,
      tags: r.tags,
      description: `Access: \`${r.access}\``,
      request: {
        ...(r.params ? { params: r.params } : {}),
        ...(r.query ? { query: r.query } : {}),
        ...(r.body ? { body: { content: { 'application/json': { schema: r.body } }, required: true } } : {}),
      },
      responses: {
        [status]: {
          description: 'Success',
          ...(r.response ? { content: { 'application/json': { schema: r.response } } } : {}),
        },
      },
      ...(r.access === 'public' ? {} : { security: [{ cookieAuth: [] }, { bearerAuth: [] }] }),
    });

    api.on(r.method.toUpperCase(), honoPath, async (c) => {
      try {
        const principal =
          r.authenticate === false ? ANONYMOUS : await opts.auth.authenticate({ sessionToken: getCookie(c, SESSION_COOKIE), bearerToken: bearerToken(c) });
        if (r.access !== 'public' && principal.kind === 'anonymous') throw unauthorized();
        const params = parse(r.params, c.req.param(), 'params') as Record<string, string> | undefined;
        let role: Role | null = null;
        const workspaceId = params?.workspaceId;
        if (workspaceId !== undefined && r.access !== 'public') {
          role = await opts.auth.roleIn(principal, workspaceId);
          if (!role) throw notFound('workspace');
        }
        if (isPermission(r.access) && (!role || !can(role, r.access))) throw forbidden();
        if (r.access === 'authenticated' && principal.kind === 'token' && workspaceId === undefined) {
          throw forbidden('API tokens are scoped to one workspace and cannot use this route');
        }
        if (r.method !== 'get' && principal.kind === 'user' && c.req.header(CSRF_HEADER) !== principal.csrfToken) {
          throw new AppError('csrf_failed', `Missing or invalid CSRF token (send the ${CSRF_COOKIE} cookie value in the ${CSRF_HEADER} header)`, 403);
        }
        const query = parse(r.query, c.req.query(), 'query');
        const body = r.body ? parse(r.body, await readBody(c), 'body') : undefined;
        const ip = clientIp(c, opts.trustProxy);
        const userAgent = c.req.header('user-agent') ?? '';
        const detail: AuditDetail = {};
        const ctx: RouteContext<any, any, any> = {
          params,
          query,
          body,
          principal,
          role,
          ip,
          userAgent,
          audit: (d) => Object.assign(detail, d),
          cookies: {
            get: (name) => getCookie(c, name),
            set: (name, value, o) =>
              setCookie(c, name, value, {
                path: '/',
                httpOnly: o?.httpOnly ?? true,
                secure: opts.secureCookies,
                sameSite: 'Lax',
                ...(o?.maxAgeSeconds !== undefined ? { maxAge: o.maxAgeSeconds } : {}),
              }),
            delete: (name) => deleteCookie(c, name, { path: '/', secure: opts.secureCookies }),
          },
          raw: c,
        };
        const result = await r.handler(ctx);
        // writes are audited unless `audit: false`; a GET only when it names an action (exports of personal data)
        if (r.method === 'get' ? typeof r.audit === 'string' : r.audit !== false) {
          await opts.audit.append({
            workspaceId: detail.workspaceId !== undefined ? detail.workspaceId : (workspaceId ?? null),
            ...actorOf(principal, detail),
            action: detail.action ?? (r.audit || `${r.tags[0] ?? 'api'}.${r.method}`),
            targetType: detail.targetType,
            targetId: detail.targetId,
            ip,
            userAgent,
            before: detail.before,
            after: detail.after,
          });
        }
        if (result instanceof Response) return result;
        if (status === 204) return c.body(null, 204);
        return c.json(result === undefined ? null : (result as object), status as 200);
      } catch (err) {
        return errorResponse(c, err, opts.logger);
      }
    });
  }
}
