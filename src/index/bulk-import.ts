import { createReadStream, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Db } from '../db/database.js';
import { CHILD_TABLES, FREELANCER_COLUMNS, type CopyLines } from './copy-rows.js';
import { dropForBulkLoad, restoreAfterBulkLoad, type DroppedObjects } from './deferred-indexes.js';
import type { ImportReport, RejectedLine } from './import.js';
import type { ChunkRequest, ChunkResult, WorkerSetup } from './import-worker.js';
import { loadSkillGraph } from '../reference/skill-graph.js';

// The server importer. Worker threads parse and validate lines and render COPY rows; the main
// thread hands out ids (keeping an existing profile's id, skipping one whose source hash is
// unchanged) and streams segments of a few thousand profiles over COPY: freelancers into a
// staging table, from which one statement upserts them and computes their search documents,
// and the child rows straight into their tables. Two segments are written at once.

export interface BulkImportOptions {
  onProgress?: (done: number) => void;
  /** Parser threads; by default one per core. */
  workers?: number;
  /** Segments written at once, each on its own connection. */
  writers?: number;
  segmentSize?: number;
  /** Drop and rebuild secondary indexes: by default when the index is under a tenth of the file. */
  deferIndexes?: boolean;
}

const CHUNK_LINES = 500;

export async function bulkImportFile(
  db: Db,
  databaseUrl: string,
  path: string,
  options: BulkImportOptions = {},
): Promise<ImportReport & { deferredIndexes: boolean }> {
  const setup = await workerSetup(db);
  const existing = await existingProfiles(db);
  const deferIndexes = options.deferIndexes ?? existing.size * 10 < (await estimateLines(path));
  const writers = options.writers ?? 2;
  const clients = await Promise.all(Array.from({ length: writers }, () => connect(databaseUrl)));
  let dropped: DroppedObjects | undefined;
  // Rebuilds what was dropped exactly once, whether the load finished or failed.
  const restore = async () => {
    const objects = dropped;
    dropped = undefined;
    if (objects) await restoreAfterBulkLoad(clients, objects);
  };
  const report = { inserted: 0, updated: 0, unchanged: 0, read: 0, rejected: [] as RejectedLine[] };
  try {
    if (deferIndexes) dropped = await dropForBulkLoad(clients[0]);
    const { rows } = await clients[0].query<{ max: number }>(
      'select coalesce(max(id), 0)::int8 as max from freelancers',
    );
    let nextId = Number(rows[0].max) + 1;

    const segments = new SegmentWriters(clients);
    let segment = new Segment();
    const written = new Set<string>();
    const consume = async (result: ChunkResult) => {
      report.rejected.push(...result.rejected);
      report.read += result.profiles.length + result.rejected.length;
      for (const p of result.profiles) {
        const known = existing.get(p.externalId);
        if (known?.hash === p.sourceHash) {
          report.unchanged++;
          continue;
        }
        // The last line for an external id wins; an earlier one still being written goes first.
        if (written.has(p.externalId)) {
          if (segment.size) await segments.write(segment);
          segment = new Segment();
          await segments.idle();
        }
        written.add(p.externalId);
        const id = known?.id ?? nextId++;
        if (known) report.updated++;
        else report.inserted++;
        existing.set(p.externalId, { id, hash: p.sourceHash });
        segment.add(id, p, known !== undefined);
        if (segment.size >= (options.segmentSize ?? 5000)) {
          await segments.write(segment);
          segment = new Segment();
          options.onProgress?.(report.inserted + report.updated + report.unchanged);
        }
      }
    };
    await parseInWorkers(path, setup, options.workers ?? availableParallelism(), consume);
    if (segment.size) await segments.write(segment);
    await segments.idle();
    options.onProgress?.(report.inserted + report.updated + report.unchanged);
    await clients[0].query(`select setval('freelancers_id_seq', greatest($1::int8, 1))`, [
      nextId - 1,
    ]);
    await restore();
    if (report.inserted + report.updated > 0) await clients[0].query('analyze');
  } finally {
    try {
      await restore();
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
  }
  report.rejected.sort((a, b) => a.line - b.line);
  return { ...report, deferredIndexes: deferIndexes };
}

class Segment {
  size = 0;
  freelancers: string[] = [];
  children: string[][] = CHILD_TABLES.map(() => []);
  updatedIds: number[] = [];

  add(id: number, p: CopyLines, updated: boolean) {
    this.size++;
    const prefix = `${id}\t`;
    this.freelancers.push(prefix + p.freelancer + '\n');
    p.children.forEach((lines, i) => {
      for (const line of lines) this.children[i].push(prefix + line + '\n');
    });
    if (updated) this.updatedIds.push(id);
  }
}

/** One segment per connection at a time; `write` resolves once a connection has taken it. */
class SegmentWriters {
  private free: pg.Client[];
  private waiting: ((c: pg.Client) => void)[] = [];
  private running = new Set<Promise<void>>();
  private failure: unknown;

  constructor(clients: pg.Client[]) {
    this.free = [...clients];
  }

  async write(segment: Segment): Promise<void> {
    if (this.failure) throw this.failure;
    const client = this.free.pop() ?? (await new Promise<pg.Client>((r) => this.waiting.push(r)));
    const job = writeSegment(client, segment)
      .catch((err) => {
        this.failure ??= err;
      })
      .finally(() => {
        this.running.delete(job);
        const next = this.waiting.shift();
        if (next) next(client);
        else this.free.push(client);
      });
    this.running.add(job);
  }

  async idle(): Promise<void> {
    await Promise.all(this.running);
    if (this.failure) throw this.failure;
  }
}

const STAGED = [
  ...FREELANCER_COLUMNS.filter((c) => !c.endsWith('_text')),
  'search_doc',
  'headline_doc',
];

async function writeSegment(client: pg.Client, segment: Segment): Promise<void> {
  await client.query('begin');
  try {
    await copyInto(
      client,
      'import_freelancers',
      ['id', ...FREELANCER_COLUMNS],
      segment.freelancers,
    );
    const assign = STAGED.filter((c) => c !== 'external_id').map((c) => `${c} = excluded.${c}`);
    await client.query(`
      insert into freelancers (id, ${STAGED.join(', ')})
      select id, ${FREELANCER_COLUMNS.filter((c) => !c.endsWith('_text')).join(', ')},
        setweight(to_tsvector('english', title), 'A') ||
        setweight(to_tsvector('english', skills_text), 'B') ||
        setweight(to_tsvector('english', evidence_text), 'C') ||
        setweight(to_tsvector('english', overview), 'D'),
        setweight(to_tsvector('english', title), 'A') ||
        setweight(to_tsvector('english', skills_text), 'B')
      from import_freelancers
      on conflict (id) do update set ${assign.join(', ')}, updated_at = now()`);
    if (segment.updatedIds.length) {
      for (const { table } of [...CHILD_TABLES, { table: 'seed_truth' }]) {
        await client.query(`delete from ${table} where freelancer_id = any($1::int8[])`, [
          segment.updatedIds,
        ]);
      }
    }
    for (const [i, { table, columns }] of CHILD_TABLES.entries()) {
      await copyInto(client, table, ['freelancer_id', ...columns], segment.children[i]);
    }
    await client.query('commit');
  } catch (err) {
    await client.query('rollback').catch(() => undefined);
    throw err;
  }
}

async function copyInto(client: pg.Client, table: string, columns: string[], lines: string[]) {
  if (lines.length === 0) return;
  const stream = client.query(copyFrom(`copy ${table} (${columns.join(', ')}) from stdin`));
  // Lines travel in batches of about a megabyte: one write per line would cost more than COPY.
  async function* batches() {
    let batch = '';
    for (const line of lines) {
      batch += line;
      if (batch.length > 1 << 20) {
        yield batch;
        batch = '';
      }
    }
    if (batch) yield batch;
  }
  await pipeline(Readable.from(batches()), stream);
}

async function connect(databaseUrl: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  // The staging table has the freelancer columns without constraints, plus the two texts the
  // search documents are built from; it empties at each commit.
  await client.query(`
    create temp table import_freelancers on commit delete rows as
    select id, ${FREELANCER_COLUMNS.filter((c) => !c.endsWith('_text')).join(', ')},
      ''::text as skills_text, ''::text as evidence_text
    from freelancers with no data`);
  return client;
}

async function parseInWorkers(
  path: string,
  setup: WorkerSetup,
  count: number,
  consume: (result: ChunkResult) => Promise<void>,
): Promise<void> {
  const workers = Array.from({ length: Math.max(1, count) }, () =>
    workerUrl().pathname.endsWith('.ts')
      ? // Under tsx a worker registers the TypeScript loader before it loads the module.
        new Worker(
          `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(workerUrl().href)}); })`,
          { eval: true, workerData: setup },
        )
      : new Worker(workerUrl(), { workerData: setup }),
  );
  const maxInFlight = workers.length * 3;
  const results = new Map<number, ChunkResult>();
  let nextToConsume = 0;
  let dispatched = 0;
  let failure: unknown;
  let consuming = Promise.resolve();
  let wake: (() => void) | undefined;
  // Chunks finish in any order; they are consumed in file order, so ids and "last line wins"
  // do not depend on thread timing.
  const drain = async () => {
    while (results.has(nextToConsume)) {
      const result = results.get(nextToConsume)!;
      results.delete(nextToConsume++);
      await consume(result);
      wake?.();
    }
  };
  for (const worker of workers) {
    worker.on('message', (r: ChunkResult) => {
      results.set(r.chunk, r);
      consuming = consuming.then(drain).catch((err) => {
        failure ??= err;
        wake?.();
      });
    });
    worker.on('error', (err) => {
      failure ??= err;
      wake?.();
    });
  }
  try {
    const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
    let batch: string[] = [];
    let firstLine = 1;
    const send = async () => {
      while (!failure && dispatched - nextToConsume >= maxInFlight) {
        await new Promise<void>((r) => (wake = r));
      }
      if (failure) throw failure;
      const request: ChunkRequest = { chunk: dispatched, firstLine, lines: batch };
      workers[dispatched++ % workers.length].postMessage(request);
      firstLine += batch.length;
      batch = [];
    };
    for await (const line of lines) {
      batch.push(line);
      if (batch.length === CHUNK_LINES) await send();
    }
    if (batch.length) await send();
    while (!failure && nextToConsume < dispatched) await new Promise<void>((r) => (wake = r));
    await consuming;
    if (failure) throw failure;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

// Under tsx the sources are TypeScript; built, they are JavaScript beside this file.
function workerUrl(): URL {
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  return new URL(`./import-worker${ext}`, import.meta.url);
}

async function workerSetup(db: Db): Promise<WorkerSetup> {
  const graph = await loadSkillGraph(db);
  const aliases = await db.selectFrom('skill_aliases').select(['alias', 'skill_id']).execute();
  const countries = await db.selectFrom('countries').select(['code', 'region']).execute();
  return {
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
