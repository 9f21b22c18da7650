// The content script runs in every page, so what it imports ships into every page: the knowledge
// base must not be among its runtime imports (the card asks the background, entity/card).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');

/** Project files a module imports at run time (`import type` and `export type` left out). */
function runtimeImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specifiers = [...source.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
  return specifiers.flatMap((specifier) => {
    const base = specifier.startsWith('@/') ? join(root, specifier.slice(2)) : specifier.startsWith('.') ? resolve(dirname(file), specifier) : undefined;
    if (!base) return []; // a package
    const found = ['', '.ts', '.tsx', '/index.ts'].map((ending) => base + ending).find((path) => /\.tsx?$/.test(path) && existsSync(path));
    return found ? [found] : [];
  });
}

function importGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  for (let file = queue.pop(); file; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...runtimeImports(file));
  }
  return new Set([...seen].map((path) => relative(root, path)));
}

describe('the content script’s imports', () => {
  const graph = importGraph(join(root, 'entrypoints/content/index.ts'));

  it('reach the card and the matcher', () => {
    expect(graph).toContain('lib/page/card-controller.tsx');
    expect(graph).toContain('lib/match/matcher.ts');
  });

  it('never reach the knowledge base or the matcher’s compile-from-sources entry', () => {
    expect([...graph].filter((path) => path.startsWith('lib/kb/') || path === 'lib/match/index.ts')).toEqual([]);
  });
});
