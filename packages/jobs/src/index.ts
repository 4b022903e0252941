export * from './job-runner.js';
export * from './job-failures.js';
export * from './pg-boss-db.js';
