export * from './database.js';
export * from './create-database.js';
export * from './pglite-database.js';
export * from './postgres-database.js';
export * from './migrate.js';
export * from './csv.js';
export * from './one-at-a-time.js';
