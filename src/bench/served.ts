import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

// `shortlist serve --workers N` started by the bench as a user would run it (node:cluster, its
// own processes and cores), on a free loopback port; the URL is read from its connection help,
// and the load starts once every process has logged that it is ready.

export interface ServedProcesses {
  url: string;
  stop: () => Promise<void>;
}

export async function startServe(
  workers: number,
  env: Record<string, string | undefined>,
): Promise<ServedProcesses> {
  // The same node, loader (tsx in a checkout) and CLI entry point as this process.
  const child = spawn(
    process.execPath,
    [
      ...process.execArgv,
      process.argv[1],
      'serve',
      '--workers',
      String(workers),
      '--port',
      '0',
      '--host',
      '127.0.0.1',
    ],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    await once(child, 'exit');
  };
  try {
    const [url] = await Promise.all([endpoint(child), allReady(child, workers)]);
    return { url, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

async function endpoint(child: ChildProcess): Promise<string> {
  const lines = createInterface({ input: child.stdout! });
  const timeout = setTimeout(() => child.kill('SIGTERM'), 120_000);
  try {
    for await (const line of lines) {
      const match = /MCP endpoint:\s+(\S+)\/mcp/.exec(line);
      if (match) return match[1];
    }
    throw new Error(`shortlist serve exited (${child.exitCode ?? child.signalCode}) before ready`);
  } finally {
    clearTimeout(timeout);
    // Keep draining its output, so a full pipe never blocks the servers.
    child.stdout!.resume();
  }
}

async function allReady(child: ChildProcess, workers: number): Promise<void> {
  let ready = 0;
  const lines = createInterface({ input: child.stderr! });
  try {
    for await (const line of lines) {
      if (line.includes('"msg":"ready"') && ++ready === workers) return;
    }
    throw new Error('shortlist serve exited before every process was ready');
  } finally {
    child.stderr!.resume();
  }
}
