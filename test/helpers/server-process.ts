import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';

// Runs the real `shortlist` CLI as a child process. The e2e global setup writes one demo data
// directory per run; each test copies it, so no test pays for seeding and none sees another's writes.
// The copies go to the run's folder, which the global setup removes.

/** The arguments to node that run `shortlist`: src/cli.ts, compiled for this run (fixtures.ts). */
export const CLI = [inject('shortlistCli')];

/** A copy of the demo data directory, once the e2e setup has seeded it (fixtures.ts). */
export async function demoDataDirCopy(): Promise<string> {
  const run = inject('demoCopiesDir');
  while (!existsSync(join(run, 'ready'))) {
    if (existsSync(join(run, 'failed'))) {
      throw new Error(
        `writing the demo index failed: ${readFileSync(join(run, 'failed'), 'utf8')}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const dir = join(mkdtempSync(join(run, 'copy-')), 'pglite');
  cpSync(inject('demoDataDir'), dir, { recursive: true });
  return dir;
}

export interface CliProcess {
  child: ChildProcess;
  /** stdout and stderr so far, interleaved. */
  output: () => string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
}

export interface ServeProcess extends CliProcess {
  url: string;
}

/** Starts `shortlist ARGS...` with this environment added (LOG_LEVEL warn unless given). */
export function spawnCli(args: string[], env: Record<string, string> = {}): CliProcess {
  const child = spawn(process.execPath, [...CLI, ...args], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return {
    child,
    output: () => out,
    exited,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Starts `shortlist serve` on a free loopback port and resolves once it prints its URL. */
export async function startServe(
  env: Record<string, string> = {},
  timeoutMs = 120_000,
  args: string[] = [],
): Promise<ServeProcess> {
  const cli = spawnCli(['serve', '--port', '0', '--host', '127.0.0.1', ...args], env);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      void cli.stop('SIGKILL');
      reject(new Error(`serve did not start in ${timeoutMs} ms:\n${cli.output()}`));
    }, timeoutMs);
    const check = () => {
      const match = cli.output().match(/MCP endpoint:\s+(http:\/\/\S+)\/mcp/);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    cli.child.stdout!.on('data', check);
    void cli.exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}:\n${cli.output()}`));
    });
  });
  return { ...cli, url };
}
