import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import {
  chunkParser,
  type ChunkRequest,
  type ChunkResult,
  type WorkerSetup,
} from './parse-chunk.js';

// Hands a file to parser threads in byte ranges (each thread reads its own), and gives their
// results back in file order: chunks finish in any order, but ids and "the last line wins" must
// not depend on thread timing. Parsing runs ahead of `consume` by a few chunks per thread, or by
// `aheadBytes` of the file when that is more (enough to fill the next segment while the writers
// are busy, so a writer that frees never waits for the parsers to start).

export async function parseInWorkers(
  setup: WorkerSetup,
  {
    threads,
    chunkBytes = 2 << 20,
    aheadBytes = 0,
  }: { threads: number; chunkBytes?: number; aheadBytes?: number },
  consume: (result: ChunkResult) => Promise<void>,
): Promise<void> {
  const size = statSync(setup.path).size;
  const chunks = Math.ceil(size / chunkBytes);
  // A file of one chunk (an incremental import, usually) is parsed on this thread: starting a
  // parser thread, which loads the parser's modules afresh, cost more than the parse.
  if (chunks <= 1) {
    if (chunks === 1) await consume(chunkParser(setup)({ chunk: 0, start: 0, end: size }));
    return;
  }
  const workers = Array.from({ length: Math.max(1, Math.min(threads, chunks)) }, () =>
    startWorker(setup),
  );
  const results = new Map<number, ChunkResult>();
  let dispatched = 0;
  let consumed = 0;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const maxAhead = Math.max(workers.length * 3, Math.ceil(aheadBytes / chunkBytes));
  const dispatch = (worker: Worker) => {
    if (dispatched >= chunks || dispatched - consumed >= maxAhead) return false;
    const request: ChunkRequest = {
      chunk: dispatched,
      start: dispatched * chunkBytes,
      end: Math.min(size, (dispatched + 1) * chunkBytes),
    };
    dispatched++;
    worker.postMessage(request);
    return true;
  };
  const idle: Worker[] = [];
  for (const worker of workers) {
    worker.on('message', (r: ChunkResult) => {
      results.set(r.chunk, r);
      if (!dispatch(worker)) idle.push(worker);
      wake?.();
    });
    worker.on('error', (err) => {
      failure ??= err;
      wake?.();
    });
    worker.on('exit', () => {
      failure ??= new Error('an import parser thread stopped');
      wake?.();
    });
  }
  try {
    for (const worker of workers) if (!dispatch(worker)) idle.push(worker);
    while (consumed < chunks) {
      if (failure) throw failure;
      const next = results.get(consumed);
      if (!next) {
        await new Promise<void>((r) => (wake = r));
        continue;
      }
      results.delete(consumed++);
      await consume(next);
      while (idle.length && dispatch(idle[idle.length - 1])) idle.pop();
    }
  } finally {
    await Promise.all(
      workers.map((w) => {
        w.removeAllListeners('exit');
        return w.terminate();
      }),
    );
  }
}

function startWorker(setup: WorkerSetup): Worker {
  const url = workerUrl();
  return url.pathname.endsWith('.ts')
    ? // Under tsx a worker registers the TypeScript loader before it loads the module.
      new Worker(
        `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url.href)}); })`,
        { eval: true, workerData: setup },
      )
    : new Worker(url, { workerData: setup });
}

// Under tsx the sources are TypeScript; built, they are JavaScript beside this file.
function workerUrl(): URL {
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  return new URL(`./import-worker${ext}`, import.meta.url);
}
