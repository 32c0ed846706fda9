import { closeSync, openSync, readSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { copyLines, type CopyLines } from './copy-rows.js';
import { parseLine, type RejectedLine } from './import.js';
import { profileRows } from './profile-rows.js';
import { SkillGraph, type SkillNode } from '../reference/skill-graph.js';

// A worker thread of the bulk importer: reads its own byte range of the file, parses and validates
// the lines that start in it, and turns each profile into COPY lines, so the main thread only
// hands out ids and streams bytes.

export interface WorkerSetup {
  path: string;
  nodes: SkillNode[];
  aliases: [string, number][];
  regions: [string, string][];
}

/** Lines that start at a byte in [start, end) belong to this chunk. */
export interface ChunkRequest {
  chunk: number;
  start: number;
  end: number;
}

export interface ChunkResult {
  chunk: number;
  /** Lines that start in the chunk, blank ones included, so line numbers can be counted on. */
  lines: number;
  profiles: CopyLines[];
  /** Line numbers counted from 1 within the chunk. */
  rejected: RejectedLine[];
  /** Thread time spent on the chunk, ms. */
  ms: number;
}

const setup = workerData as WorkerSetup;
const graph = new SkillGraph(new Map(setup.nodes.map((n) => [n.id, n])), setup.aliases);
const regionOf = new Map(setup.regions);

parentPort!.on('message', ({ chunk, start, end }: ChunkRequest) => {
  const started = performance.now();
  const result: ChunkResult = { chunk, lines: 0, profiles: [], rejected: [], ms: 0 };
  const fd = openSync(setup.path, 'r');
  let lines: string[];
  try {
    lines = readLines(fd, start, end);
  } finally {
    closeSync(fd);
  }
  result.lines = lines.length;
  lines.forEach((text, i) => {
    if (text.trim() === '') return;
    const parsed = parseLine(text, i + 1);
    if ('reason' in parsed) result.rejected.push(parsed);
    else result.profiles.push(copyLines(profileRows(graph, regionOf, { ...parsed, source: text })));
  });
  result.ms = performance.now() - started;
  parentPort!.postMessage(result);
});

/** The lines starting in [start, end): the one running past `end` is read to its newline. */
function readLines(fd: number, start: number, end: number): string[] {
  const parts: Buffer[] = [];
  // The byte before the range says whether a line starts at `start`.
  let at = Math.max(0, start - 1);
  let skipFirst = start > 0;
  for (;;) {
    const buffer = Buffer.allocUnsafe(Math.max(end - at, 1 << 16));
    const n = readSync(fd, buffer, 0, buffer.length, at);
    if (n === 0) break;
    const piece = buffer.subarray(0, n);
    if (skipFirst) {
      const newline = piece.indexOf(10);
      if (newline === -1) {
        at += n;
        continue;
      }
      at += newline + 1;
      skipFirst = false;
      if (at >= end) return [];
      continue; // read again from the first line's start
    }
    if (at + n >= end) {
      const tail = piece.indexOf(10, Math.max(0, end - at - 1));
      if (tail !== -1) {
        parts.push(piece.subarray(0, tail + 1));
        break;
      }
    }
    parts.push(piece);
    at += n;
  }
  const text = Buffer.concat(parts).toString('utf8');
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}
