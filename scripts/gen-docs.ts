import { writeFileSync } from 'node:fs';
import { openApiJson, permissionsMarkdown } from './generated-docs.js';

writeFileSync(new URL('../docs/permissions.md', import.meta.url), permissionsMarkdown());
writeFileSync(new URL('../docs/openapi.json', import.meta.url), openApiJson());
console.log('wrote docs/permissions.md and docs/openapi.json');
