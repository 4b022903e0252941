import { OpenAPIHono } from '@hono/zod-openapi';
import type { AnyRoute, AppModule, ModuleContext } from '@resonance/http';
import { createLogger, systemClock } from '@resonance/kernel';
import { collectRoutes } from './create-app.js';
import { mountRoutes } from './mount-routes.js';
import { buildConnectors, buildModules } from './modules.js';
import { openApiDocument } from './openapi.js';

/**
 * A context for describing routes only. Modules may capture parts of it while declaring routes, but
 * any real use (calling a method, reading a value as a string or number) while describing throws.
 */
function poisoned(path: string): any {
  const fail = () => {
    throw new Error(`${path} was used while only describing the API; use ctx inside handlers`);
  };
  return new Proxy(function describing() {}, {
    get: (_t, key) => (key === Symbol.toPrimitive || key === 'toString' || key === 'valueOf' ? fail : poisoned(`${path}.${String(key)}`)),
    apply: fail,
    construct: fail,
  });
}

function describingContext(): ModuleContext {
  return poisoned('ctx') as ModuleContext;
}

const refuse = async (): Promise<never> => {
  throw new Error('not callable while describing the API');
};

/** Every route and the OpenAPI document, without a database (for generated docs). */
export function describeApi(modules: readonly AppModule[] = buildModules(buildConnectors(systemClock))): { routes: AnyRoute[]; openapi: unknown } {
  const routes = collectRoutes(modules, describingContext());
  const api = new OpenAPIHono();
  mountRoutes(api, routes, {
    auth: { authenticate: refuse, roleIn: refuse },
    audit: { append: refuse },
    logger: createLogger({}, 'error'),
    secureCookies: false,
    trustProxy: false,
  });
  return { routes, openapi: openApiDocument(api) };
}
