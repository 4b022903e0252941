import { OpenAPIHono } from '@hono/zod-openapi';
import type { AnyRoute, AppModule, AuthPort, ModuleContext } from '@resonance/http';
import { secureHeaders } from 'hono/secure-headers';
import type { AuditPort } from '@resonance/http';
import { mountRoutes } from './mount-routes.js';
import { mountApiReference, openApiDocument } from './openapi.js';
import { mountWebApp } from './static-web.js';

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
  const api = new OpenAPIHono();
  mountRoutes(api, collectRoutes(opts.modules, opts.ctx), {
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
  app.notFound((c) => c.json({ error: { code: 'not_found', message: `No route ${c.req.method} ${c.req.path}` } }, 404));
  if (opts.webDistDir) mountWebApp(app, opts.webDistDir);
  return { app, openapi: doc };
}
