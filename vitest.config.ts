import { defineConfig } from 'vitest/config';

/**
 * Four kinds of test, all run by `npm test`:
 *  unit  — `*.test.ts` next to the code, no database
 *  db    — `*.db.test.ts`, on PGlite and (when TEST_DATABASE_URL is set) PostgreSQL
 *  api   — `*.api.test.ts`, the real HTTP server
 *  e2e   — `*.e2e.test.ts`, the real web app in Chromium
 */
const common = { exclude: ['**/node_modules/**', '**/dist/**', 'data/**'] };
export default defineConfig({
  test: {
    projects: [
      { test: { ...common, name: 'unit', include: ['{apps,packages,scripts}/**/*.test.ts'], exclude: [...common.exclude, '**/*.db.test.ts', '**/*.api.test.ts', '**/*.e2e.test.ts'] } },
      { test: { ...common, name: 'db', include: ['{apps,packages}/**/*.db.test.ts'], testTimeout: 60_000, hookTimeout: 120_000 } },
      { test: { ...common, name: 'api', include: ['{apps,packages}/**/*.api.test.ts'], testTimeout: 60_000, hookTimeout: 180_000 } },
      { test: { ...common, name: 'e2e', include: ['apps/**/*.e2e.test.ts'], testTimeout: 120_000, hookTimeout: 300_000, fileParallelism: false } },
    ],
  },
});
