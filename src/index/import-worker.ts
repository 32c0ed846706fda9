import { parentPort, workerData } from 'node:worker_threads';
import { copyLines, type CopyLines } from './copy-rows.js';
import { parseLine, type RejectedLine } from './import.js';
import { profileRows } from './profile-rows.js';
import { SkillGraph, type SkillNode } from '../reference/skill-graph.js';

// A worker thread of the bulk importer: parses and validates a chunk of JSON Lines and turns each
// profile into COPY lines, so the main thread only hands out ids and streams bytes.

export interface WorkerSetup {
  nodes: SkillNode[];
  aliases: [string, number][];
  regions: [string, string][];
}

export interface ChunkRequest {
  chunk: number;
  firstLine: number;
  lines: string[];
}

export interface ChunkResult {
  chunk: number;
  profiles: CopyLines[];
  rejected: RejectedLine[];
}

const setup = workerData as WorkerSetup;
const graph = new SkillGraph(new Map(setup.nodes.map((n) => [n.id, n])), setup.aliases);
const regionOf = new Map(setup.regions);

parentPort!.on('message', ({ chunk, firstLine, lines }: ChunkRequest) => {
  const result: ChunkResult = { chunk, profiles: [], rejected: [] };
  lines.forEach((text, i) => {
    if (text.trim() === '') return;
    const parsed = parseLine(text, firstLine + i);
    if ('reason' in parsed) result.rejected.push(parsed);
    else result.profiles.push(copyLines(profileRows(graph, regionOf, { profile: parsed.profile })));
  });
  parentPort!.postMessage(result);
});
