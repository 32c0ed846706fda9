import { parentPort, workerData } from 'node:worker_threads';
import { chunkParser, type ChunkRequest, type WorkerSetup } from './parse-chunk.js';

// A parser thread of the bulk importer (parse-workers.ts): parses each byte range it is sent
// (parse-chunk.ts) and hands the chunk's COPY bytes back to the main thread without a copy.

const parse = chunkParser(workerData as WorkerSetup);

parentPort!.on('message', (request: ChunkRequest) => {
  const result = parse(request);
  const transfer = [...result.tables, ...result.starts].map((b) => b.buffer as ArrayBuffer);
  parentPort!.postMessage(result, transfer);
});
