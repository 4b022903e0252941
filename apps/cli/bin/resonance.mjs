#!/usr/bin/env node
// The `resonance` command. TypeScript sources run through tsx's loader (no build step).
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
