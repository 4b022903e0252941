export * from './principal.js';
export * from './module-context.js';
export * from './route.js';
export * from './module.js';
export * from './schemas.js';
export * from './audit-port.js';
