import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contractTypes, metricsMarkdown, openApiJson, permissionsMarkdown } from './generated-docs.js';

const read = (p: string) => readFileSync(new URL(p, import.meta.url), 'utf8');

describe('generated docs are current (run `npm run docs` after changing routes or permissions)', () => {
  it('docs/permissions.md', () => {
    expect(read('../docs/permissions.md')).toBe(permissionsMarkdown());
  });
  it('docs/metrics.md', () => {
    expect(read('../docs/metrics.md')).toBe(metricsMarkdown());
  });
  it('docs/openapi.json', () => {
    expect(read('../docs/openapi.json')).toBe(openApiJson());
  });
  it('packages/contracts/src/openapi.gen.ts', async () => {
    expect(read('../packages/contracts/src/openapi.gen.ts')).toBe(await contractTypes());
  });
});
