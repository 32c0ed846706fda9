import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

// Seeds the 5,000-profile demo index once for the whole e2e run, exactly as `npm start` would on
// a fresh checkout, and hands its directory to the tests (they copy it).
export default function setup(project: TestProject) {
  const root = mkdtempSync(join(tmpdir(), 'shortlist-demo-'));
  const dataDir = join(root, 'pglite');
  execFileSync(
    process.execPath,
    ['--import', 'tsx', 'src/cli.ts', 'seed', '--count', '5000', '--seed', 'shortlist-demo'],
    {
      env: { ...process.env, SHORTLIST_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  project.provide('demoDataDir', dataDir);
  return () => rmSync(root, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    demoDataDir: string;
  }
}
