import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { scratchDir } from './scratch.js';

// A Postgres server of the test's own, for tests that stop, restart or fill one (never the shared
// server): its own data directory and a free loopback port, run as the `postgres` user as in
// .ci/start-postgres.sh. Needs root and Debian's postgresql binaries. The data directory is in
// memory where there is room (scratchDir): initdb took 1.2 s of CPU on the disk, 0.7 s there.

export interface OwnPostgres {
  url: string;
  stop: () => void;
  start: () => void;
  /** Stops and removes it. */
  destroy: () => void;
}

export function postgresBinDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).sort((a, b) => Number(a) - Number(b));
  const bin = versions.map((v) => join(root, v, 'bin')).findLast((d) => existsSync(`${d}/pg_ctl`));
  return bin;
}

export function canRunOwnPostgres(): boolean {
  return process.getuid?.() === 0 && postgresBinDir() !== undefined;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startOwnPostgres(): Promise<OwnPostgres> {
  const bin = postgresBinDir();
  if (!bin) throw new Error('no Postgres binaries under /usr/lib/postgresql');
  const dir = mkdtempSync(join(scratchDir(), 'shortlist-own-pg-'));
  chownSync(dir, uidOf('postgres'), gidOf('postgres'));
  const port = await freePort();
  const asPostgres = (command: string) =>
    execFileSync('su', ['postgres', '-c', command], { stdio: ['ignore', 'pipe', 'pipe'] });
  asPostgres(`${bin}/initdb -D ${dir}/data -A trust -U postgres --no-sync`);
  const options = `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=32MB -c max_connections=60`;
  const start = () =>
    asPostgres(`${bin}/pg_ctl -D ${dir}/data -l ${dir}/server.log -o "${options}" -w start`);
  const stop = () => asPostgres(`${bin}/pg_ctl -D ${dir}/data -m fast -w stop`);
  start();
  asPostgres(`${bin}/createdb -h 127.0.0.1 -p ${port} shortlist`);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/shortlist`,
    start,
    stop,
    destroy: () => {
      try {
        stop();
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function uidOf(user: string): number {
  return Number(execFileSync('id', ['-u', user]).toString().trim());
}
function gidOf(user: string): number {
  return Number(execFileSync('id', ['-g', user]).toString().trim());
}
