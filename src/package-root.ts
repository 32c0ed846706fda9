import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Every runtime file (fixtures/, the built widget, schemas/) is found one way: relative to the
// package root, the nearest folder above this module that holds a package.json. That is the
// checkout under tsx (src/), the same checkout once built (dist/src/), an installed package and
// the MCPB bundle alike, whatever the working directory.

let root: string | undefined;

export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    if (dirname(dir) === dir)
      throw new Error(`no package.json above ${fileURLToPath(import.meta.url)}`);
    dir = dirname(dir);
  }
  root = dir;
  return root;
}

/** A path inside the package, such as packagePath('fixtures', 'taxonomy.json'). */
export function packagePath(...segments: string[]): string {
  return join(packageRoot(), ...segments);
}

/** True when this module runs from the compiled dist/ rather than from src/ under tsx. */
export function runsCompiled(): boolean {
  return fileURLToPath(import.meta.url).endsWith('.js');
}
