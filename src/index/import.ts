import { sql } from 'kysely';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Db } from '../db/database.js';
import { parseLine, type RejectedLine } from './profile.js';
import { loadSkillGraph } from '../reference/skill-graph.js';
import type { ProfileSource } from './profile-rows.js';
import { writeProfiles, type WriteResult } from './write-profiles.js';

// Import and seed share this loader: validate, batch, write, report progress.

export type { RejectedLine };

export interface ImportReport extends WriteResult {
  read: number;
  rejected: RejectedLine[];
}

export interface LoadOptions {
  batchSize?: number;
  /** Batches written at once: 1 on the embedded database (one connection), a few on a server. */
  concurrency?: number;
  onProgress?: (done: number) => void;
}

export async function importFile(
  db: Db,
  path: string,
  options: LoadOptions = {},
): Promise<ImportReport> {
  const rejected: RejectedLine[] = [];
  let lineNumber = 0;
  // The file is opened only when the loader starts pulling, so no line is emitted before anyone
  // listens (readline does not wait for a consumer).
  async function* profiles() {
    const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
    for await (const text of lines) {
      lineNumber++;
      if (text.trim() === '') continue;
      const parsed = parseLine(text, lineNumber);
      if ('reason' in parsed) rejected.push(parsed);
      else yield { profile: parsed.profile, source: text };
    }
  }
  const written = await loadProfiles(db, profiles(), options);
  return {
    ...written,
    read: written.inserted + written.updated + written.unchanged + rejected.length,
    rejected,
  };
}

/** Batches written at once: PGlite has one connection; a server takes a few. */
export function writersFor(kind: 'embedded' | 'server'): number {
  return kind === 'server' ? 3 : 1;
}

export async function loadProfiles(
  db: Db,
  source: AsyncIterable<ProfileSource> | Iterable<ProfileSource>,
  options: LoadOptions = {},
): Promise<WriteResult> {
  const graph = await loadSkillGraph(db);
  const regionOf = new Map(
    (await db.selectFrom('countries').select(['code', 'region']).execute()).map((c) => [
      c.code,
      c.region,
    ]),
  );
  const batchSize = options.batchSize ?? 500;
  const total: WriteResult = { inserted: 0, updated: 0, unchanged: 0 };
  let batch: ProfileSource[] = [];
  // Up to `concurrency` batches are written at once (a server has connections to spare, and the
  // next batch is parsed while the last is written); each batch is its own transaction.
  const inFlight = new Set<Promise<void>>();
  const flush = async () => {
    const rows = batch;
    batch = [];
    const write = writeProfiles(db, graph, regionOf, rows).then((r) => {
      total.inserted += r.inserted;
      total.updated += r.updated;
      total.unchanged += r.unchanged;
      options.onProgress?.(total.inserted + total.updated + total.unchanged);
    });
    const tracked = write.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
    if (inFlight.size >= (options.concurrency ?? 1)) await Promise.race(inFlight);
  };
  for await (const item of source) {
    batch.push(item);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  await Promise.all(inFlight);
  // Fresh statistics, so the planner knows how selective skills and words now are (after a bulk
  // load it would otherwise scan where an index answers in a fraction of the time).
  if (total.inserted + total.updated > 0) await sql`analyze`.execute(db);
  return total;
}
