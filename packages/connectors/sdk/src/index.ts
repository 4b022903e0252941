export * from './connector.types.js';
export * from './content-rules.types.js';
export * from './connector-errors.js';
export * from './connector-metadata.js';
export * from './content-length.js';
export * from './content-rules.js';
export * from './rate-limiter.js';
export * from './with-retry.js';
