import { writeFileSync } from 'node:fs';
import { contractTypes, metricsMarkdown, openApiJson, permissionsMarkdown } from './generated-docs.js';

writeFileSync(new URL('../docs/permissions.md', import.meta.url), permissionsMarkdown());
writeFileSync(new URL('../docs/metrics.md', import.meta.url), metricsMarkdown());
writeFileSync(new URL('../docs/openapi.json', import.meta.url), openApiJson());
writeFileSync(new URL('../packages/contracts/src/openapi.gen.ts', import.meta.url), await contractTypes());
console.log('wrote docs/permissions.md, docs/metrics.md, docs/openapi.json and packages/contracts/src/openapi.gen.ts');
