import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The floors of docs/architecture.md, low to high. A module may import from its own floor and the
// floors below it, never from a floor above. Type-only imports count: they couple the same way.
// Each floor is a list of path prefixes under src/; the longest matching prefix places a file.
const FLOORS: { name: string; paths: string[] }[] = [
  { name: 'foundation', paths: ['config.ts', 'logger.ts', 'errors.ts', 'package-root.ts', 'db/'] },
  { name: 'reference', paths: ['reference/'] },
  { name: 'core', paths: ['core/'] },
  { name: 'understand', paths: ['search/understand/'] },
  { name: 'retrieve', paths: ['search/retrieve/'] },
  { name: 'ranking', paths: ['ranking/'] },
  { name: 'explain', paths: ['search/explain/'] },
  { name: 'sessions', paths: ['search/sessions/'] },
  { name: 'context', paths: ['context.ts'] },
  {
    name: 'search',
    paths: [
      'search/search-deps.ts',
      'search/count-by.ts',
      'search/search.ts',
      'search/refine.ts',
      'search/fit.ts',
    ],
  },
  {
    name: 'domain',
    paths: [
      'index/',
      'seed/',
      'prediction/',
      'insights/',
      'profiles/',
      'handoff/',
      'accounts/',
      'quota/',
      'retention/',
      // Training runs offline (train, seed) over the whole index, not on a request.
      'search/understand/train-need-model.ts',
    ],
  },
  { name: 'app', paths: ['app.ts', 'auth/', 'eval/'] },
  { name: 'tools', paths: ['widget/', 'tools/'] },
  { name: 'server', paths: ['server.ts', 'quota/hooks.ts', 'http/'] },
  { name: 'entry points', paths: ['transports/', 'cli/', 'cli.ts', 'bench/'] },
];

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(path.join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [path.join(dir, e.name)]
        : [],
  );
}

/** The floor of a file (path relative to src/), by the longest prefix that names it. */
export function floorOf(file: string): number | undefined {
  let best: { floor: number; length: number } | undefined;
  FLOORS.forEach((floor, i) => {
    for (const p of floor.paths) {
      const matches = p.endsWith('/') ? file.startsWith(p) : file === p;
      if (matches && (!best || p.length > best.length)) best = { floor: i, length: p.length };
    }
  });
  return best?.floor;
}

/** Relative modules a file imports, statically or dynamically, as paths relative to src/. */
export function importsOf(file: string, text: string): string[] {
  const specs = [
    ...text.matchAll(/^\s*(?:import|export)\s[^;]*?\sfrom\s+['"](\.[^'"]+)['"]/gms),
    ...text.matchAll(/import\(\s*['"](\.[^'"]+)['"]\s*\)/g),
  ].map((m) => m[1]);
  return specs.map((spec) =>
    path.relative(SRC, path.resolve(SRC, path.dirname(file), spec)).replace(/\.js$/, '.ts'),
  );
}

const files = sourceFiles(SRC).map((f) => path.relative(SRC, f));

/** The import cycles among `files`: each strongly connected group of modules, sorted. */
function importCycles(files: string[]): string[][] {
  const known = new Set(files);
  return cyclesIn(
    new Map(
      files.map((f) => [
        f,
        importsOf(f, readFileSync(path.join(SRC, f), 'utf8')).filter((t) => known.has(t)),
      ]),
    ),
  );
}

/** Tarjan's strongly connected components with more than one module, or one importing itself. */
export function cyclesIn(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      group.push(w);
    } while (w !== v);
    if (group.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(group.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles.sort((x, y) => x[0].localeCompare(y[0]));
}

describe('the floors of src/', () => {
  it('places every module on a floor', () => {
    expect(files.filter((f) => floorOf(f) === undefined)).toEqual([]);
  });

  it('has no module importing from a floor above its own', () => {
    const upward: string[] = [];
    for (const file of files) {
      const own = floorOf(file)!;
      for (const target of importsOf(file, readFileSync(path.join(SRC, file), 'utf8'))) {
        const floor = floorOf(target);
        if (floor !== undefined && floor > own)
          upward.push(`${file} (${FLOORS[own].name}) imports ${target} (${FLOORS[floor].name})`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('has no import cycle, type-only imports included', () => {
    expect(importCycles(files)).toEqual([]);
  });

  it('finds a cycle, however long, and names each once', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts', 'd.ts']],
      ['d.ts', []],
      ['e.ts', ['e.ts']],
    ]);
    expect(cyclesIn(graph)).toEqual([['a.ts', 'b.ts', 'c.ts'], ['e.ts']]);
  });

  it('has the domain and search take narrow dependencies, never the whole AppContext', () => {
    const app = FLOORS.findIndex((f) => f.name === 'app');
    const wide = files.filter(
      (file) =>
        file !== 'context.ts' &&
        floorOf(file)! < app &&
        /\bAppContext\b/.test(readFileSync(path.join(SRC, file), 'utf8')),
    );
    expect(wide).toEqual([]);
  });

  it('reads static, type-only, re-exported and dynamic imports', () => {
    const text = [
      "import { a } from './a.js';",
      "import type {\n  B,\n  C,\n} from '../core/b.js';",
      "export { d } from './d.js';",
      "const e = await import('./e.js');",
      "import { z } from 'zod';",
    ].join('\n');
    expect(importsOf('search/x.ts', text)).toEqual([
      'search/a.ts',
      'core/b.ts',
      'search/d.ts',
      'search/e.ts',
    ]);
    expect(FLOORS[floorOf('search/retrieve/retrieve.ts')!].name).toBe('retrieve');
    expect(FLOORS[floorOf('search/search.ts')!].name).toBe('search');
    expect(floorOf('search/unplaced.ts')).toBeUndefined();
  });
});
