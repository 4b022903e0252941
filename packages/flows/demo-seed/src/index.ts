export { seedDemo, isDatabaseEmpty, type SeedDemoDeps, type SeedDemoOptions, type SeedDemoResult } from './seed-demo.flow.js';
export { DEMO_EMAIL, DEMO_PASSWORD, DEMO_WORKSPACE_NAME, DEMO_SEED, DEFAULT_FANS, DEFAULT_DAYS } from './demo-constants.js';
