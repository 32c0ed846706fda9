import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

// Once for the whole e2e run, side by side: seeds the 5,000-profile demo index exactly as
// `npm start` would on a fresh checkout (the tests copy its directory), and builds the widget
// exactly as `npm run build` does (the browser tests load it, the servers serve it).
const WIDGET = 'dist/widget/shortlist.html';

export default async function setup(project: TestProject) {
  const root = mkdtempSync(join(tmpdir(), 'shortlist-demo-'));
  const dataDir = join(root, 'pglite');
  try {
    await Promise.all([
      run(
        ['--import', 'tsx', 'src/cli.ts', 'seed', '--count', '5000', '--seed', 'shortlist-demo'],
        { SHORTLIST_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
      ),
      // In CI, `npm ci` has just built it (prepare), and the package checks running beside the
      // tests pack it: building it again would replace the file under them.
      process.env.CI === 'true' && existsSync(WIDGET)
        ? undefined
        : // vitest sets NODE_ENV=test, which would give React's development build.
          run(['node_modules/vite/bin/vite.js', 'build', '--config', 'widget/vite.config.ts'], {
            NODE_ENV: 'production',
          }),
    ]);
  } catch (err) {
    rmSync(root, { recursive: true, force: true });
    throw err;
  }
  project.provide('demoDataDir', dataDir);
  return () => rmSync(root, { recursive: true, force: true });
}

function run(args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`node ${args.join(' ')} exited with ${code}`)),
    );
  });
}

declare module 'vitest' {
  export interface ProvidedContext {
    demoDataDir: string;
  }
}
