import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** No relative import may leave its package: other packages are imported by name (their public entry). */
const ROOT = resolve(import.meta.dirname, '..');

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) sourceFiles(p, out);
    else if (/\.(ts|tsx|mts)$/.test(name)) out.push(p);
  }
  return out;
}

function packageRoot(file: string): string {
  let d = dirname(file);
  while (d !== ROOT && !existsSync(join(d, 'package.json'))) d = dirname(d);
  return d;
}

describe('package boundaries', () => {
  it('has no relative import out of its package', () => {
    const offences: string[] = [];
    for (const file of [...sourceFiles(join(ROOT, 'apps')), ...sourceFiles(join(ROOT, 'packages'))]) {
      const pkg = packageRoot(file);
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
        const target = resolve(dirname(file), m[1]!);
        if (!target.startsWith(pkg + '/')) offences.push(`${relative(ROOT, file)} → ${m[1]}`);
      }
    }
    expect(offences).toEqual([]);
  });
});
