import { closeSync, openSync, readSync } from 'node:fs';
import { COPY_LAYOUTS, copyLines } from './copy-rows.js';
import { parseLine, type RejectedLine } from './profile.js';
import { profileRows } from './profile-rows.js';
import { SkillGraph, type SkillNode } from '../reference/skill-graph.js';

// The bulk importer's parsing of one byte range of the file, in a parser thread (import-worker.ts)
// or, for a file of one chunk, on the calling thread (parse-workers.ts): it reads the range, parses
// and validates the lines that start in it, and writes each profile's rows as COPY bytes, one
// buffer per table. The main thread only writes ids and streams bytes.

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
  /** Line numbers counted from 1 within the chunk. */
  rejected: RejectedLine[];
  /** Per valid profile, in file order: its external id and source hash. */
  keys: string[];
  hashes: string[];
  /** Per entry of COPY_LAYOUTS: the chunk's COPY lines, ids left blank. */
  tables: Uint8Array[];
  /** Per entry of COPY_LAYOUTS: profile i's lines are tables[t][starts[t][i], starts[t][i + 1]). */
  starts: Int32Array[];
  /** Wall time the thread spent on the chunk, ms. */
  ms: number;
}

const encoder = new TextEncoder();

/** UTF-8 bytes appended in place, growing as needed. */
class ByteBuilder {
  bytes = new Uint8Array(1 << 20);
  length = 0;

  /** Appends `text` and says where the bytes now end. */
  append(text: string): number {
    for (;;) {
      const { read, written } = encoder.encodeInto(text, this.bytes.subarray(this.length));
      if (read === text.length) return (this.length += written);
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
  }
}

/** Parses chunks of the file `setup` names, one after another. */
export function chunkParser(setup: WorkerSetup): (request: ChunkRequest) => ChunkResult {
  const graph = new SkillGraph(new Map(setup.nodes.map((n) => [n.id, n])), setup.aliases);
  const regionOf = new Map(setup.regions);
  // One builder per table, kept across chunks: each chunk's bytes leave as an exact-size copy.
  const builders = COPY_LAYOUTS.map(() => new ByteBuilder());
  return (request) => parseChunk(setup.path, graph, regionOf, builders, request);
}

function parseChunk(
  path: string,
  graph: SkillGraph,
  regionOf: Map<string, string>,
  builders: ByteBuilder[],
  { chunk, start, end }: ChunkRequest,
): ChunkResult {
  const started = performance.now();
  const fd = openSync(path, 'r');
  let lines: string[];
  try {
    lines = readLines(fd, start, end);
  } finally {
    closeSync(fd);
  }
  const rejected: RejectedLine[] = [];
  const keys: string[] = [];
  const hashes: string[] = [];
  for (const b of builders) b.length = 0;
  const starts: number[][] = COPY_LAYOUTS.map(() => [0]);
  lines.forEach((text, i) => {
    if (text.trim() === '') return;
    const parsed = parseLine(text, i + 1);
    if ('reason' in parsed) {
      rejected.push(parsed);
      return;
    }
    const rows = profileRows(graph, regionOf, { ...parsed, source: text });
    keys.push(rows.freelancer.external_id);
    hashes.push(rows.freelancer.source_hash);
    copyLines(rows).forEach((line, t) => starts[t].push(builders[t].append(line)));
  });
  const bytes = builders.map((b) => b.bytes.slice(0, b.length));
  const result: ChunkResult = {
    chunk,
    lines: lines.length,
    rejected,
    keys,
    hashes,
    tables: bytes,
    starts: starts.map((s) => Int32Array.from(s)),
    ms: performance.now() - started,
  };
  return result;
}

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
