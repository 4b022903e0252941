import { OpenAPIHono } from '@hono/zod-openapi';
import type { AnyRoute, AppModule, AuthPort, ModuleContext } from '@resonance/http';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { AuditPort } from '@resonance/http';
import { SDK_ROOT_PATHS } from '@resonance/events';
import { mountRoutes } from './mount-routes.js';
import { mountApiReference, openApiDocument } from './openapi.js';
import { mountWebApp } from './static-web.js';

/** The largest request body the server reads. */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface AppOptions {
  ctx: ModuleContext;
  modules: readonly AppModule[];
  auth: AuthPort;
  audit: AuditPort;
  secureCookies: boolean;
  trustProxy: boolean;
  webDistDir?: string;
}

export function collectRoutes(modules: readonly AppModule[], ctx: ModuleContext): AnyRoute[] {
  return modules.flatMap((m) => m.routes?.(ctx) ?? []);
}

/** The HTTP application: /api (module routes, OpenAPI, reference) and the web app. */
export function createApp(opts: AppOptions) {
  const app = new OpenAPIHono();
  app.use('*', secureHeaders({ contentSecurityPolicy: undefined, crossOriginEmbedderPolicy: false }));
  // no request body above 1 MB anywhere (ingestion applies its own, smaller limits on top), except on
  // routes that declare a larger `maxBodyBytes` (uploads); the rest of a refused body is never read,
  // so the connection cannot be reused: say so
  const limit = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: (c) => c.json({ error: { code: 'payload_too_large', message: `Request body over ${maxSize} bytes` } }, 413, { connection: 'close' }),
    });
  const routes = collectRoutes(opts.modules, opts.ctx);
  const defaultLimit = limit(MAX_BODY_BYTES);
  const larger = routes
    .filter((r) => r.maxBodyBytes)
    .map((r) => ({ method: r.method.toUpperCase(), path: new RegExp(`^/api${r.path.replace(/\{\w+\}/g, '[^/]+')}$`), limit: limit(r.maxBodyBytes!) }));
  app.use('*', (c, next) => (larger.find((l) => l.method === c.req.method && l.path.test(c.req.path))?.limit ?? defaultLimit)(c, next));
  const api = new OpenAPIHono();
  mountRoutes(api, routes, {
    auth: opts.auth,
    audit: opts.audit,
    logger: opts.ctx.logger,
    secureCookies: opts.secureCookies,
    trustProxy: opts.trustProxy,
  });
  const doc = openApiDocument(api);
  app.get('/api/openapi.json', (c) => c.json(doc));
  app.get('/api/health', (c) => c.json({ ok: true }));
  mountApiReference(app);
  app.route('/api', api);
  // SDKs post to `${host}/v1/batch`, `${host}/batch/` …: the same ingestion routes also answer at the root.
  for (const p of SDK_ROOT_PATHS) app.post(p, (c) => api.fetch(c.req.raw, c.env));
  // tracked short links are shared as `${host}/l/{code}`: the same public redirect route answers at the root.
  app.get('/l/:code', (c) => api.fetch(c.req.raw, c.env));
  app.notFound((c) => c.json({ error: { code: 'not_found', message: `No route ${c.req.method} ${c.req.path}` } }, 404));
  if (opts.webDistDir) mountWebApp(app, opts.webDistDir);
  return { app, openapi: doc };
}
