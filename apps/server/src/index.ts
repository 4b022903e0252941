export * from './config.js';
export * from './runtime.js';
export * from './listen.js';
export * from './create-app.js';
export * from './mount-routes.js';
export { buildModules, buildConnectors } from './modules.js';
export * from './describe-api.js';
export * from './secret-keys.js';
