import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { BULK_TABLES } from './deferred-indexes.js';
import { CHILD_LAYOUTS, COPY_LAYOUTS, FREELANCER_LAYOUT, type CopyLayout } from './copy-rows.js';

// The database side of the bulk importer: a segment of a few thousand profiles is one
// transaction on one connection. Freelancers go over COPY into a staging table, and one
// statement moves them into `freelancers`, building their search documents as it goes; child rows
// go over COPY straight into their tables. Each statement's time is added to `phases`.

export interface Segment {
  size: number;
  /** Per entry of COPY_LAYOUTS: COPY bytes with their ids written, streamed in order. */
  pieces: Uint8Array[][];
  /** Profiles that replace an existing one: their old child rows go first. */
  updatedIds: number[];
}

export function newSegment(): Segment {
  return { size: 0, pieces: COPY_LAYOUTS.map(() => []), updatedIds: [] };
}

export type WritePhases = Record<'stage' | 'merge' | 'replace' | 'children', number>;

const STORED = FREELANCER_LAYOUT.columns.filter((c) => !c.endsWith('_text'));

// The title and skills vectors are computed once and serve both documents (`offset 0` keeps the
// planner from inlining the subquery, which would compute them twice). A segment that replaces no
// profile holds only ids never used before, so it inserts without the upsert's conflict checks.
const INSERT = `
  insert into freelancers (id, ${STORED.join(', ')}, search_doc, headline_doc)
  select id, ${STORED.join(', ')},
    headline || setweight(to_tsvector('english', evidence_text), 'C') ||
      setweight(to_tsvector('english', overview), 'D'),
    headline
  from (
    select *, setweight(to_tsvector('english', title), 'A') ||
      setweight(to_tsvector('english', skills_text), 'B') as headline
    from import_freelancers offset 0) s`;

const UPSERT = `${INSERT}
  on conflict (id) do update set
    ${[...STORED.filter((c) => c !== 'external_id'), 'search_doc', 'headline_doc']
      .map((c) => `${c} = excluded.${c}`)
      .join(', ')},
    updated_at = now()`;

export async function connectWriter(databaseUrl: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  // A load is repeatable from its file, so its commits need not wait for the disk; temp_buffers
  // holds a whole staging segment (it can only be set before the first temporary table), and
  // maintenance_work_mem lets a deferred index be built in one pass (GIN flushes whenever its
  // memory fills).
  await client.query(
    `set synchronous_commit = off; set temp_buffers = '128MB'; set maintenance_work_mem = '512MB'`,
  );
  // The staging table has the freelancer columns without constraints, plus the two texts the
  // search documents are built from; it empties at each commit.
  await client.query(`
    create temp table import_freelancers on commit delete rows as
    select id, ${STORED.join(', ')}, ''::text as skills_text, ''::text as evidence_text
    from freelancers with no data`);
  return client;
}

export async function writeSegment(
  client: pg.Client,
  segment: Segment,
  phases: WritePhases,
): Promise<void> {
  const timed = async (phase: keyof WritePhases, work: () => Promise<unknown>) => {
    const started = performance.now();
    await work();
    phases[phase] += performance.now() - started;
  };
  await client.query('begin');
  try {
    await timed('stage', () => copyInto(client, FREELANCER_LAYOUT, 'id', segment.pieces[0]));
    await timed('merge', () => client.query(segment.updatedIds.length ? UPSERT : INSERT));
    if (segment.updatedIds.length) {
      await timed('replace', async () => {
        for (const table of [...BULK_TABLES.slice(1), 'seed_truth']) {
          await client.query(`delete from ${table} where freelancer_id = any($1::int8[])`, [
            segment.updatedIds,
          ]);
        }
      });
    }
    await timed('children', async () => {
      for (const [i, layout] of CHILD_LAYOUTS.entries()) {
        await copyInto(client, layout, 'freelancer_id', segment.pieces[i + 1]);
      }
    });
    await client.query('commit');
  } catch (err) {
    await client.query('rollback').catch(() => undefined);
    throw err;
  }
}

async function copyInto(client: pg.Client, layout: CopyLayout, id: string, pieces: Uint8Array[]) {
  if (pieces.length === 0) return;
  const columns = [id, ...layout.columns].join(', ');
  const stream = client.query(copyFrom(`copy ${layout.table} (${columns}) from stdin`));
  await pipeline(Readable.from(pieces), stream);
}

/** One segment per connection at a time; `write` resolves once a connection has taken it. */
export class SegmentWriters {
  private free: pg.Client[];
  private waiting: ((c: pg.Client) => void)[] = [];
  private running = new Set<Promise<void>>();
  private failure: unknown;
  readonly phases: WritePhases = { stage: 0, merge: 0, replace: 0, children: 0 };

  constructor(clients: pg.Client[]) {
    this.free = [...clients];
  }

  async write(segment: Segment): Promise<void> {
    if (this.failure) throw this.failure;
    const client = this.free.pop() ?? (await new Promise<pg.Client>((r) => this.waiting.push(r)));
    const job = writeSegment(client, segment, this.phases)
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
