import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';

const require = createRequire(import.meta.url);

export function openApiDocument(api: OpenAPIHono) {
  api.openAPIRegistry.registerComponent('securitySchemes', 'cookieAuth', { type: 'apiKey', in: 'cookie', name: 'rsn_session' });
  api.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', { type: 'http', scheme: 'bearer' });
  return api.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Resonance API',
      version: '0.1.0',
      description:
        'Self-hosted social media operations. Authenticate with the session cookie (browser; send the rsn_csrf cookie value as x-csrf-token on writes) or an API token as `Authorization: Bearer <token>`. Errors: `{ "error": { "code", "message", "fields"? } }`.',
    },
    servers: [{ url: '/api' }],
  });
}

/** A browsable reference served from the locally installed swagger-ui-dist (no CDN). */
export function mountApiReference(app: { get: OpenAPIHono['get'] }) {
  const dist = join(require.resolve('swagger-ui-dist/package.json'), '..');
  const assets: Record<string, string> = {
    'swagger-ui.css': 'text/css',
    'swagger-ui-bundle.js': 'application/javascript',
    'swagger-ui-standalone-preset.js': 'application/javascript',
  };
  for (const [file, type] of Object.entries(assets)) {
    const body = readFileSync(join(dist, file));
    app.get(`/api/docs/${file}`, (c) => c.body(body, 200, { 'content-type': type, 'cache-control': 'public, max-age=86400' }));
  }
  const page = `<!doctype html><html><head><meta charset="utf-8"><title>Resonance API</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css"></head><body><div id="ui"></div>
<script src="/api/docs/swagger-ui-bundle.js"></script><script src="/api/docs/swagger-ui-standalone-preset.js"></script>
<script src="/api/docs/init.js"></script></body></html>`;
  const init = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#ui', presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset], layout: 'StandaloneLayout' });`;
  app.get('/api/docs', (c) => c.html(page));
  app.get('/api/docs/init.js', (c) => c.body(init, 200, { 'content-type': 'application/javascript' }));
}
