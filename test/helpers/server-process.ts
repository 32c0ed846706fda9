import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';

// Runs the real `shortlist` CLI as a child process. The e2e global setup seeds one demo data
// directory per run; each test copies it, so no test pays for seeding and none sees another's writes.

export const CLI = ['--import', 'tsx', 'src/cli.ts'];

export function demoDataDirCopy(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'shortlist-e2e-')), 'pglite');
  cpSync(inject('demoDataDir'), dir, { recursive: true });
  return dir;
}

export interface ServeProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
}

/** Starts `shortlist serve` on a free loopback port and resolves once it prints its URL. */
export async function startServe(
  env: Record<string, string> = {},
  timeoutMs = 120_000,
  args: string[] = [],
): Promise<ServeProcess> {
  const serveArgs = ['serve', '--port', '0', '--host', '127.0.0.1', ...args];
  const child = spawn(process.execPath, [...CLI, ...serveArgs], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`serve did not start in ${timeoutMs} ms:\n${out}`)),
      timeoutMs,
    );
    const check = () => {
      const match = out.match(/MCP endpoint:\s+(http:\/\/\S+)\/mcp/);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}:\n${out}`));
    });
  });
  return {
    child,
    url,
    output: () => out,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}
