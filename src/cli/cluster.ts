import cluster from 'node:cluster';
import type { Logger } from '../logger.js';

// `serve --workers N`: the primary process forks N copies of the server that share its port
// (node:cluster hands out connections), restarts a copy that dies, and on SIGTERM/SIGINT passes the
// signal on and waits for every copy to drain. The processes share nothing but Postgres: sessions,
// quotas and rate limits live there, so N copies allow what one would.

export async function runPrimary(workers: number, logger: Logger): Promise<number> {
  let stopping = false;
  const fork = () => cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    logger.error(
      { pid: worker.process.pid, code, signal },
      'server process died; starting another',
    );
    fork();
  });
  for (let i = 0; i < workers; i++) fork();
  logger.info({ workers, pid: process.pid }, 'started server processes');

  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  stopping = true;
  const running = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
  await Promise.all(
    running.map(
      (w) =>
        new Promise<void>((resolve) => {
          w.once('exit', () => resolve());
          w.process.kill(signal);
        }),
    ),
  );
  logger.info('stopped');
  return 0;
}

/** Only the first server process prints the connection help, so it appears once. */
export function isFirstServerProcess(): boolean {
  return cluster.isPrimary || cluster.worker?.id === 1;
}
