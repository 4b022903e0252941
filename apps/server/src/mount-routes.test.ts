import { describe, expect, it } from 'vitest';
import { defineRoute } from '@resonance/http';
import { assertRoutesDeclared } from './mount-routes.js';

const route = (over: Record<string, unknown>) =>
  defineRoute({ method: 'get', path: '/workspaces/{workspaceId}/x', access: 'workspace.read', summary: 's', tags: ['t'], handler: async () => ({}), ...over } as never);

describe('boot-time route checks', () => {
  it('accepts declared routes', () => {
    expect(() => assertRoutesDeclared([route({}), route({ path: '/health2', access: 'public' })])).not.toThrow();
  });
  it('refuses a route without access', () => {
    expect(() => assertRoutesDeclared([route({ access: undefined })])).toThrow(/declares no valid access/);
  });
  it('refuses an unknown permission', () => {
    expect(() => assertRoutesDeclared([route({ access: 'everything' })])).toThrow(/declares no valid access/);
  });
  it('refuses a permission route outside a workspace', () => {
    expect(() => assertRoutesDeclared([route({ path: '/brands' })])).toThrow(/has no \{workspaceId\}/);
  });
  it('lets only public routes skip authentication', () => {
    expect(() => assertRoutesDeclared([route({ authenticate: false })])).toThrow(/skips authentication but is not public/);
    expect(() => assertRoutesDeclared([route({ path: '/v1/t', access: 'public', authenticate: false })])).not.toThrow();
  });
  it('refuses duplicates', () => {
    expect(() => assertRoutesDeclared([route({}), route({})])).toThrow(/declared twice/);
  });
});
