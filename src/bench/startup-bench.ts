import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { printTable } from '../cli/table.js';
import type { Config } from '../config.js';
import { ms } from './stats.js';

// Cold start: a new `shortlist serve` process on the configured (already seeded) data, timed from
// spawn to the first answered search, and its resident memory after a few searches. Baseline: the
// same runtime starting and exiting with no work.

export async function printStartupBench(config: Config): Promise<void> {
  const bare = await timeProcess(['--import', 'tsx', '-e', '0']);
  const serve = await timeServe(config);
  console.log(
    `\nCold start (${config.databaseUrl ? 'server database' : `embedded, ${config.dataDir}`})\n`,
  );
  printTable(
    ['process', 'to ready ms', 'to first search ms', 'RSS MB'],
    [
      ['shortlist serve', ms(serve.ready), ms(serve.firstSearch), String(serve.rssMb)],
      ['baseline: node + tsx, no work', ms(bare), '', ''],
    ],
  );
}

function timeProcess(args: string[]): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: 'ignore' });
    child.on('exit', () => resolve(performance.now() - started));
    child.on('error', reject);
  });
}

async function timeServe(config: Config) {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'serve', '--port', '0'], {
    env: { ...process.env, LOG_LEVEL: 'warn', SHORTLIST_DATA_DIR: config.dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout!.on('data', (d) => {
        out += d;
        const m = out.match(/MCP endpoint:\s+(\S+)\/mcp/);
        if (m) resolve(m[1]);
      });
      child.on('exit', (code) => reject(new Error(`serve exited (${code}) before it was ready`)));
    });
    const ready = performance.now() - started;
    let firstSearch = 0;
    for (let i = 0; i < 5; i++) {
      const res = await fetch(`${url}/mcp`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json, text/event-stream',
        },
        body: JSON.stringify({
          jsonrpc: '2.0',
          id: i,
          method: 'tools/call',
          params: { name: 'search_freelancers', arguments: { query: 'react developer' } },
        }),
      });
      if (!res.ok) throw new Error(`search answered ${res.status}`);
      await res.text();
      if (i === 0) firstSearch = performance.now() - started;
    }
    const rss = Number(
      readFileSync(`/proc/${child.pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0,
    );
    return { ready, firstSearch, rssMb: Math.round(rss / 1024) };
  } finally {
    child.kill('SIGTERM');
  }
}
