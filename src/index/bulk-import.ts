import { createReadStream, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type pg from 'pg';
import type { Db } from '../db/database.js';
import { addToSegment, ProfileIds } from './chunk-ids.js';
import {
  DEFERRED_TABLES,
  dropForBulkLoad,
  restoreAfterBulkLoad,
  type DroppedObjects,
} from './deferred-indexes.js';
import type { ImportReport, RejectedLine } from './import.js';
import type { ChunkResult, WorkerSetup } from './parse-chunk.js';
import { parseInWorkers } from './parse-workers.js';
import { connectWriter, newSegment, SegmentWriters, type WritePhases } from './segment-writer.js';
import { loadSkillGraph } from '../reference/skill-graph.js';

// The server importer. Worker threads read the file in byte ranges, parse and validate its lines
// and write COPY bytes; the main thread hands out ids (keeping an existing profile's id, skipping
// one whose source hash is unchanged), writes them into those bytes and streams segments of a few
// thousand profiles over COPY (src/index/segment-writer.ts), two at once. A load into an empty or
// near-empty index drops the secondary indexes and foreign keys first and builds them at the end.

/** Milliseconds per phase: parse is wall time summed over the parser threads, and the write
 * phases are summed over the writer connections, so phases overlap and exceed the wall time.
 * `cpu` is the CPU time of this whole process, parser threads included. */
export type ImportPhases = WritePhases &
  Record<'parse' | 'dropIndexes' | 'rebuildIndexes' | 'analyze' | 'total' | 'cpu', number>;

export interface BulkImportOptions {
  onProgress?: (done: number) => void;
  /** Says what a long step after the rows (index builds, statistics) is doing. */
  onStep?: (step: string) => void;
  /** Parser threads; by default one per core. */
  workers?: number;
  /** Segments written at once, each on its own connection. */
  writers?: number;
  segmentSize?: number;
  /** Bytes of the file a parser thread takes at a time. */
  chunkBytes?: number;
  /** Drop and rebuild secondary indexes: by default when the index is under a tenth of the file. */
  deferIndexes?: boolean;
}

export async function bulkImportFile(
  db: Db,
  databaseUrl: string,
  path: string,
  options: BulkImportOptions = {},
): Promise<ImportReport & { deferredIndexes: boolean; phases: ImportPhases }> {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const setup = await workerSetup(db, path);
  const existing = await existingProfiles(db);
  const lines = await estimateLines(path);
  const deferIndexes = options.deferIndexes ?? existing.size * 10 < lines;
  const segmentSize = options.segmentSize ?? 5000;
  const writers = options.writers ?? 2;
  const clients = await Promise.all(
    Array.from({ length: writers }, () => connectWriter(databaseUrl)),
  );
  const segments = new SegmentWriters(clients);
  const phases: ImportPhases = Object.assign(segments.phases, {
    parse: 0,
    dropIndexes: 0,
    rebuildIndexes: 0,
    analyze: 0,
    total: 0,
    cpu: 0,
  });
  const timed = async <T>(phase: keyof ImportPhases, work: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    try {
      return await work();
    } finally {
      phases[phase] += performance.now() - t;
    }
  };
  let dropped: DroppedObjects | undefined;
  // Rebuilds what was dropped exactly once, whether the load finished or failed.
  const restore = async () => {
    const objects = dropped;
    dropped = undefined;
    if (!objects) return;
    options.onStep?.('Building indexes');
    await timed('rebuildIndexes', () => restoreAfterBulkLoad(clients, objects));
  };
  const rejected: RejectedLine[] = [];
  let ids: ProfileIds | undefined;
  try {
    if (deferIndexes) dropped = await timed('dropIndexes', () => dropForBulkLoad(clients[0]));
    ids = new ProfileIds(existing, (await maxId(clients[0])) + 1);
    const counts = ids.counts;
    let segment = newSegment();
    const send = async () => {
      const full = segment;
      segment = newSegment();
      if (full.size) await segments.write(full);
      options.onProgress?.(counts.inserted + counts.updated + counts.unchanged);
    };
    let linesBefore = 0;
    const consume = async (result: ChunkResult) => {
      phases.parse += result.ms;
      for (const bad of result.rejected) rejected.push({ ...bad, line: bad.line + linesBefore });
      linesBefore += result.lines;
      const assigned = await ids!.assign(result, async () => {
        await send();
        await segments.idle();
      });
      addToSegment(segment, result, assigned);
      if (segment.size >= segmentSize) await send();
    };
    await parseInWorkers(
      setup,
      {
        threads: options.workers ?? availableParallelism(),
        chunkBytes: options.chunkBytes,
        // A segment and a half of the file, so the next segment is ready when a writer frees.
        aheadBytes: (1.5 * segmentSize * statSync(path).size) / Math.max(1, lines),
      },
      consume,
    );
    await send();
    await segments.idle();
    await clients[0].query(`select setval('freelancers_id_seq', greatest($1::int8, 1))`, [
      ids.lastId,
    ]);
    await restore();
    if (counts.inserted + counts.updated > 0) {
      // Fresh statistics, so the planner knows how selective skills and words now are.
      options.onStep?.('Gathering statistics');
      await timed('analyze', () => clients[0].query(`analyze ${DEFERRED_TABLES.join(', ')}`));
    }
  } finally {
    try {
      await restore();
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
  }
  const report = { ...ids.counts, rejected };
  phases.total = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  phases.cpu = (cpu.user + cpu.system) / 1000;
  // Blank lines are read but neither loaded nor rejected.
  const read = report.inserted + report.updated + report.unchanged + rejected.length;
  return { ...report, read, deferredIndexes: deferIndexes, phases };
}

async function maxId(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ max: string }>(
    'select coalesce(max(id), 0)::int8 as max from freelancers',
  );
  return Number(rows[0].max);
}

async function workerSetup(db: Db, path: string): Promise<WorkerSetup> {
  const graph = await loadSkillGraph(db);
  const aliases = await db.selectFrom('skill_aliases').select(['alias', 'skill_id']).execute();
  const countries = await db.selectFrom('countries').select(['code', 'region']).execute();
  return {
    path,
    nodes: [...graph.nodes.values()],
    aliases: aliases.map((a) => [a.alias, a.skill_id]),
    regions: countries.map((c) => [c.code, c.region]),
  };
}

async function existingProfiles(db: Db): Promise<Map<string, { id: number; hash: string }>> {
  const rows = await db
    .selectFrom('freelancers')
    .select(['id', 'external_id', 'source_hash'])
    .execute();
  return new Map(rows.map((r) => [r.external_id, { id: Number(r.id), hash: r.source_hash }]));
}

/** Lines in the file, estimated from the length of its first lines. */
async function estimateLines(path: string): Promise<number> {
  const size = statSync(path).size;
  if (size === 0) return 0;
  const head = await new Promise<string>((resolve, reject) => {
    let text = '';
    createReadStream(path, { encoding: 'utf8', start: 0, end: 262_143 })
      .on('data', (d) => (text += d))
      .on('end', () => resolve(text))
      .on('error', reject);
  });
  const newlines = head.split('\n').length - 1;
  return newlines === 0 ? 1 : Math.round((size / Math.min(size, head.length)) * newlines);
}
